// Python's random module: the Random class and the module-level functions bound to one hidden
// instance, as Lib/random.py does (bit-exact with CPython 3.11 for the same seed).
import { Random } from "./random/generator.js";

export { Random, SystemRandom } from "./random/generator.js";

const inst = new Random();

export const seed = (...args: unknown[]) => inst.seed(...args);
export const random = () => inst.random();
export const uniform = (...args: unknown[]) => inst.uniform(...args);
export const triangular = (...args: unknown[]) => inst.triangular(...args);
export const randint = (...args: unknown[]) => inst.randint(...args);
export const choice = (...args: unknown[]) => inst.choice(...args);
export const randrange = (...args: unknown[]) => inst.randrange(...args);
export const sample = (...args: unknown[]) => inst.sample(...args);
export const shuffle = (...args: unknown[]) => inst.shuffle(...args);
export const choices = (...args: unknown[]) => inst.choices(...args);
export const normalvariate = (...args: unknown[]) => inst.normalvariate(...args);
export const lognormvariate = (...args: unknown[]) => inst.lognormvariate(...args);
export const expovariate = (...args: unknown[]) => inst.expovariate(...args);
export const vonmisesvariate = (...args: unknown[]) => inst.vonmisesvariate(...args);
export const gammavariate = (...args: unknown[]) => inst.gammavariate(...args);
export const gauss = (...args: unknown[]) => inst.gauss(...args);
export const betavariate = (...args: unknown[]) => inst.betavariate(...args);
export const paretovariate = (...args: unknown[]) => inst.paretovariate(...args);
export const weibullvariate = (...args: unknown[]) => inst.weibullvariate(...args);
export const getstate = () => inst.getstate();
export const setstate = (state: unknown) => inst.setstate(state);
export const getrandbits = (k: unknown) => inst.getrandbits(k);
export const randbytes = (...args: unknown[]) => inst.randbytes(...args);
