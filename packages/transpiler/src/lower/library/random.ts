// random, as the runtime provides it (packages/runtime/src/random.ts): the module functions
// bound to a hidden Random instance, and the Random / SystemRandom classes.

import type { LibraryModule, MethodInfo } from "./types.js";

const RANDOM_METHODS = [
  "seed", "random", "getrandbits", "getstate", "setstate", "randbytes", "randrange", "randint", "choice",
  "shuffle", "sample", "choices", "uniform", "triangular", "normalvariate", "gauss", "lognormvariate",
  "expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate",
] as const;

const methods: Record<string, MethodInfo> = Object.fromEntries(RANDOM_METHODS.map((name) => [name, {}]));

export const randomLibrary: LibraryModule = {
  python: "random",
  runtime: "@py2ts/runtime/random",
  members: {
    ...Object.fromEntries(RANDOM_METHODS.map((name) => [name, { kind: "function" as const }])),
    Random: { kind: "class", qualname: "random.Random" },
    SystemRandom: { kind: "class", qualname: "random.SystemRandom" },
  },
  classes: {
    "random.Random": { methods },
    "random.SystemRandom": { methods },
  },
};
