// operator, as the runtime provides it (packages/runtime/src/operator.ts).

import type { LibraryModule } from "./types.js";

const functions = [
  "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "neg", "pos", "abs", "invert", "inv", "lshift", "rshift",
  "and_", "or_", "xor", "matmul", "not_", "truth", "concat", "eq", "ne", "lt", "le", "gt", "ge", "is_", "is_not",
  "contains", "getitem", "setitem", "delitem", "iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow",
  "ilshift", "irshift", "iand", "ior", "ixor", "imatmul", "iconcat", "itemgetter", "attrgetter", "methodcaller",
  "index", "countOf", "indexOf",
] as const;

export const operatorLibrary: LibraryModule = {
  python: "operator",
  runtime: "@py2ts/runtime/operator",
  members: Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
};
