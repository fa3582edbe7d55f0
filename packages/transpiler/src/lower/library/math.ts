// math, as the runtime provides it (packages/runtime/src/math.ts).

import type { LibraryModule, MemberInfo } from "./types.js";

const FUNCTIONS = [
  "sqrt", "isqrt", "floor", "ceil", "trunc", "pow", "exp", "expm1", "log", "log2", "log10", "log1p",
  "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
  "degrees", "radians", "hypot", "dist", "fabs", "fmod", "copysign", "modf", "frexp", "ldexp",
  "factorial", "comb", "perm", "gcd", "lcm", "fsum", "prod", "isclose", "isfinite", "isinf", "isnan",
  "nextafter", "ulp", "exp2", "remainder",
] as const;

const VALUES = ["pi", "e", "tau", "inf", "nan"] as const;

export const mathLibrary: LibraryModule = {
  python: "math",
  runtime: "@py2ts/runtime/math",
  members: {
    ...Object.fromEntries(FUNCTIONS.map((name): [string, MemberInfo] => [name, { kind: "function" }])),
    ...Object.fromEntries(VALUES.map((name): [string, MemberInfo] => [name, { kind: "value" }])),
  },
};
