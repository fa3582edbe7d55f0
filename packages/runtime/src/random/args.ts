// Argument coercions shared by random's methods: operator.index, float(), len() and the float
// arithmetic whose errors Python raises (division by zero, float % with the divisor's sign).
import { PyBytes } from "../builtins/bytes.js";
import { OverflowError, TypeError, ZeroDivisionError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { strLength } from "../builtins/items.js";
import type { PyInt } from "../builtins/num.js";
import { PyRange } from "../builtins/range.js";
import { typeName } from "../builtins/typename.js";

// operator.index(x), or undefined for a non-int.
export function asIndex(x: unknown): PyInt | undefined {
  if (typeof x === "boolean") return x ? 1 : 0;
  if ((typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint") return x;
  return undefined;
}

export function requireIndex(x: unknown): PyInt {
  const i = asIndex(x);
  if (i === undefined) throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return i;
}

// A C-level `int` parameter (getrandbits(k)): an index that fits a C int.
export function cInt(x: unknown): number {
  const i = requireIndex(x);
  if (typeof i === "bigint" || Math.abs(i) > 2147483647) throw new OverflowError("Python int too large to convert to C int");
  return i;
}

export function toFloat(x: unknown): number {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") {
    const f = Number(x);
    if (!Number.isFinite(f)) throw new OverflowError("int too large to convert to float");
    return f;
  }
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

// b - a as a float, exact for ints first (as Python subtracts ints before scaling).
export function floatDiff(b: unknown, a: unknown): number {
  const ia = asIndex(a);
  const ib = asIndex(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof ia === "number" && typeof ib === "number") {
      const d = ib - ia;
      if (Number.isSafeInteger(d)) return d;
    }
    return toFloat(BigInt(ib) - BigInt(ia));
  }
  return toFloat(b) - toFloat(a);
}

export function fdiv(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float division by zero");
  return a / b;
}

// Python's float %: the result takes the divisor's sign.
export function fmodPy(x: number, y: number): number {
  if (y === 0) throw new ZeroDivisionError("float modulo");
  let m = x % y;
  if (m !== 0) {
    if (y < 0 !== m < 0) m += y;
  } else m = y < 0 ? -0 : 0;
  return m;
}

export function seqLen(x: unknown): number {
  if (typeof x === "string") return strLength(x);
  if (Array.isArray(x)) return x.length;
  if (x instanceof PyRange || x instanceof PyBytes) return x.length;
  const m = (x as { __len__?: unknown } | null)?.__len__;
  if (x !== null && typeof x === "object" && typeof m === "function") return Number(m.call(x));
  throw new TypeError(`object of type '${typeName(x)}' has no len()`);
}

export function bitLength(n: PyInt): number {
  if (typeof n === "number") {
    const a = Math.abs(n);
    return a < 4294967296 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return (n < 0n ? -n : n).toString(2).length;
}
