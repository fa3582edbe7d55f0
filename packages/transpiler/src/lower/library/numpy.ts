// numpy (@py2ts/runtime/numpy) and numpy.random (@py2ts/runtime/numpy/random): the subset the
// runtime provides (docs/SUPPORTED.md, "numpy"). Any other numpy name — other dtypes, ufuncs,
// linalg, default_rng… — is not in the table, so using it is a located PY2TS3002.

import type { LibraryModule, MemberInfo } from "./types.js";

const functions = [
  "array", "asarray", "arange", "zeros", "ones", "full", "linspace",
  "sum", "mean", "min", "max", "argmin", "argmax", "all", "any", "dot", "abs", "absolute", "sqrt",
] as const;

const classes = ["ndarray", "dtype", "float64", "int64", "bool_", "bool"] as const;

const values = ["pi", "e", "inf", "nan", "True_", "False_"] as const;

export const numpyLibrary: LibraryModule = {
  python: "numpy",
  runtime: "@py2ts/runtime/numpy",
  members: {
    ...Object.fromEntries(functions.map((name): [string, MemberInfo] => [name, { kind: "function" }])),
    ...Object.fromEntries(classes.map((name): [string, MemberInfo] => [name, { kind: "class", qualname: `numpy.${name}` }])),
    ...Object.fromEntries(values.map((name): [string, MemberInfo] => [name, { kind: "value" }])),
  },
};

export const numpyRandomLibrary: LibraryModule = {
  python: "numpy.random",
  runtime: "@py2ts/runtime/numpy/random",
  members: Object.fromEntries(
    ["seed", "rand", "random", "random_sample", "randint"].map((name): [string, MemberInfo] => [name, { kind: "function" }]),
  ),
};
