// random.Random and random.SystemRandom: the public methods bind their (keyword-capable)
// arguments as Lib/random.py declares them, then run on the Mersenne Twister core.
import { nodeCrypto } from "../host/node-modules.js";
import { PyBytes } from "../builtins/bytes.js";
import { NotImplementedError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { normInt, type PyInt } from "../builtins/num.js";
import { str as pyStr } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { bindPython } from "../math/bind.js";
import { bitLength, cInt, requireIndex, seqLen, toFloat } from "./args.js";
import * as dist from "./distributions.js";
import { MersenneTwister } from "./mt19937.js";
import { seedKey, urandomKey } from "./seed.js";
import * as seq from "./sequences.js";

const bind = bindPython;

function unpack3(state: unknown): [unknown, unknown, unknown] {
  const n = seqLen(state);
  if (n > 3) throw new ValueError("too many values to unpack (expected 3)");
  if (n < 3) throw new ValueError(`not enough values to unpack (expected 3, got ${n})`);
  const items = [...(state as Iterable<unknown>)];
  return [items[0], items[1], items[2]];
}

export class Random {
  static readonly __name__: string = "Random";
  static readonly __module__: string = "random";
  static readonly VERSION = 3;
  protected readonly core = new MersenneTwister();
  gaussNext: number | null = null;
  // A Python subclass that overrides random() is drawn through it; randbelow then follows
  // CPython's __init_subclass__ rule (the nearest class defining getrandbits or random wins).
  private readonly overridesRandom: boolean;
  private readonly belowByRandom: boolean;

  constructor(...args: unknown[]) {
    this.overridesRandom = this.random !== Random.prototype.random;
    this.belowByRandom = randbelowUsesRandom(Object.getPrototypeOf(this) as object);
    const [x] = bind("Random(x=)", args);
    this.seed(x ?? null);
    this.gaussNext = null;
  }

  seed(...args: unknown[]): null {
    const [a, version] = bind("Random.seed(a=, version=)", args);
    const key = seedKey(a, version ?? 2);
    this.core.initByArray(key ?? urandomKey());
    this.gaussNext = null;
    return null;
  }

  random(): PyFloat {
    return new PyFloat(this.drawFloat());
  }

  // The generator's own 53-bit draw (SystemRandom replaces it).
  protected drawFloat(): number {
    return this.core.random();
  }

  // random() as a bare double, the draw every distribution is built on.
  nextFloat(): number {
    return this.overridesRandom ? toFloat(this.random()) : this.drawFloat();
  }

  getrandbits(k: unknown): PyInt {
    const bits = cInt(k);
    if (bits < 0) throw new ValueError("number of bits must be non-negative");
    return this.core.getrandbits(bits);
  }

  randbelow(n: PyInt): PyInt {
    if (this.belowByRandom) return this.randbelowWithoutGetrandbits(n);
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  // _randbelow_without_getrandbits: rejection on random() below a multiple of n.
  private randbelowWithoutGetrandbits(n: PyInt): PyInt {
    const maxsize = 2 ** 53;
    if (n >= maxsize) return floatToIntFloor(this.nextFloat() * Number(n));
    const nn = Number(n);
    const rem = maxsize % nn;
    const limit = (maxsize - rem) / maxsize;
    let r = this.nextFloat();
    while (r >= limit) r = this.nextFloat();
    return Math.floor(r * maxsize) % nn;
  }

  getstate(): PyTuple {
    return PyTuple.of<unknown>(3, this.core.getstate(), this.gaussNext === null ? null : new PyFloat(this.gaussNext));
  }

  setstate(state: unknown): null {
    const version = (state as unknown[])[0];
    if (version === 3 || version === 2) {
      const [, internal, gaussNext] = unpack3(state);
      this.gaussNext = gaussNext === null || gaussNext === undefined ? null : (gaussNext as PyFloat).valueOf();
      if (version === 2) {
        const words = [...(internal as Iterable<unknown>)].map((x) => normInt(BigInt.asUintN(32, BigInt(requireIndex(x)))));
        this.core.setstate(PyTuple.fromIterable(words));
      } else this.core.setstate(internal);
      return null;
    }
    throw new ValueError(`state with version ${pyStr(version)} passed to Random.setstate() of version 3`);
  }

  randbytes(...args: unknown[]): PyBytes {
    const [n] = bind("Random.randbytes(n)", args);
    const count = Number(requireIndex(n));
    const v = BigInt(this.getrandbits(count * 8));
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = Number((v >> BigInt(8 * i)) & 0xffn);
    return new PyBytes(out);
  }

  randrange(...args: unknown[]): PyInt {
    const [start, stop, step] = bind("Random.randrange(start, stop=, step=)", args);
    return seq.randrange(this, start, stop, step);
  }

  randint(...args: unknown[]): PyInt {
    const [a, b] = bind("Random.randint(a, b)", args);
    const stop = b instanceof PyFloat ? new PyFloat(b.value + 1) : typeof b === "bigint" ? normInt(b + 1n) : typeof b === "boolean" ? Number(b) + 1 : (b as number) + 1;
    return seq.randrange(this, a, stop, undefined);
  }

  choice(...args: unknown[]): unknown {
    const [s] = bind("Random.choice(seq)", args);
    return seq.choice(this, s);
  }

  shuffle(...args: unknown[]): null {
    const [x] = bind("Random.shuffle(x)", args);
    return seq.shuffle(this, x);
  }

  sample(...args: unknown[]): unknown[] {
    const [population, k, counts] = bind("Random.sample(population, k, *, counts=)", args);
    return seq.sample(this, population, k, counts);
  }

  choices(...args: unknown[]): unknown[] {
    const [population, weights, cumWeights, k] = bind("Random.choices(population, weights=, *, cum_weights=, k=)", args);
    return seq.choices(this, population, weights, cumWeights, k ?? 1);
  }

  uniform(...args: unknown[]): PyFloat {
    const [a, b] = bind("Random.uniform(a, b)", args);
    return new PyFloat(dist.uniform(this, a, b));
  }

  triangular(...args: unknown[]): unknown {
    const [low, high, mode] = bind("Random.triangular(low=, high=, mode=)", args);
    return (dist.triangular(this, low ?? 0.0, high ?? 1.0, mode));
  }

  normalvariate(...args: unknown[]): PyFloat {
    const [mu, sigma] = bind("Random.normalvariate(mu=, sigma=)", args);
    return new PyFloat(dist.normalvariate(this, mu ?? 0.0, sigma ?? 1.0));
  }

  gauss(...args: unknown[]): PyFloat {
    const [mu, sigma] = bind("Random.gauss(mu=, sigma=)", args);
    return new PyFloat(dist.gauss(this, mu ?? 0.0, sigma ?? 1.0));
  }

  lognormvariate(...args: unknown[]): PyFloat {
    const [mu, sigma] = bind("Random.lognormvariate(mu, sigma)", args);
    return new PyFloat(dist.lognormvariate(this, mu, sigma));
  }

  expovariate(...args: unknown[]): PyFloat {
    const [lambd] = bind("Random.expovariate(lambd)", args);
    return new PyFloat(dist.expovariate(this, lambd));
  }

  vonmisesvariate(...args: unknown[]): PyFloat {
    const [mu, kappa] = bind("Random.vonmisesvariate(mu, kappa)", args);
    return new PyFloat(dist.vonmisesvariate(this, mu, kappa));
  }

  gammavariate(...args: unknown[]): PyFloat {
    const [alpha, beta] = bind("Random.gammavariate(alpha, beta)", args);
    return new PyFloat(dist.gammavariate(this, alpha, beta));
  }

  betavariate(...args: unknown[]): PyFloat {
    const [alpha, beta] = bind("Random.betavariate(alpha, beta)", args);
    return new PyFloat(dist.betavariate(this, alpha, beta));
  }

  paretovariate(...args: unknown[]): PyFloat {
    const [alpha] = bind("Random.paretovariate(alpha)", args);
    return new PyFloat(dist.paretovariate(this, alpha));
  }

  weibullvariate(...args: unknown[]): PyFloat {
    const [alpha, beta] = bind("Random.weibullvariate(alpha, beta)", args);
    return new PyFloat(dist.weibullvariate(this, alpha, beta));
  }
}

function randbelowUsesRandom(start: object): boolean {
  for (let proto: object | null = start; proto !== null && proto !== Random.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.hasOwn(proto, "randbelow") || Object.hasOwn(proto, "getrandbits")) return false;
    if (Object.hasOwn(proto, "random")) return true;
  }
  return false;
}

function floatToIntFloor(x: number): PyInt {
  const f = Math.floor(x);
  return Number.isSafeInteger(f) ? f : normInt(BigInt(f));
}

// Draws from os.urandom; seeding and state are meaningless, as in CPython.
export class SystemRandom extends Random {
  static override readonly __name__: string = "SystemRandom";

  protected override drawFloat(): number {
    const b = nodeCrypto().randomBytes(7);
    // int.from_bytes(7 bytes) >> 3, kept below 2**53 by shifting the last byte alone.
    return (b.readUIntBE(0, 6) * 32 + (b[6]! >> 3)) * 2 ** -53;
  }

  override getrandbits(k: unknown): PyInt {
    const bits = cInt(k);
    if (bits < 0) throw new ValueError("number of bits must be non-negative");
    const numbytes = Math.ceil(bits / 8);
    if (numbytes === 0) return 0;
    const x = BigInt("0x" + nodeCrypto().randomBytes(numbytes).toString("hex"));
    return normInt(x >> BigInt(numbytes * 8 - bits));
  }

  override seed(): null {
    return null;
  }

  override getstate(): never {
    throw new NotImplementedError("System entropy source does not have state.");
  }

  override setstate(): never {
    throw new NotImplementedError("System entropy source does not have state.");
  }
}

