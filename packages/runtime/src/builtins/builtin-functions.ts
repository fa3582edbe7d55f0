// The functions Python's builtins module defines, marked `__builtin__` so they print and type
// as CPython's C functions do: `<built-in function len>`, `<class 'builtin_function_or_method'>`.
import { abs, pow } from "./ops.js";
import { print } from "./print.js";
import { divmod } from "./arith.js";
import { repr, ascii } from "./repr.js";
import { format } from "./format.js";
import { getattr, setattr, hasattr, delattr } from "./attributes.js";
import { isinstance, issubclass } from "./types.js";
import { len, max, min, sum, sorted, any, all } from "./functions.js";
import { iter, next } from "./iteration.js";
import { hash, id, callable, input, round, hex, oct, bin, chr, ord } from "./numeric-functions.js";

export const BUILTIN_FUNCTIONS: readonly Function[] = [
  abs, pow, print, divmod, repr, ascii, format, getattr, setattr, hasattr, delattr, isinstance, issubclass,
  len, max, min, sum, sorted, any, all, iter, next, hash, id, callable, input, round, hex, oct, bin, chr, ord,
];

for (const f of BUILTIN_FUNCTIONS) Object.defineProperty(f, "__builtin__", { value: true });
