// Numeric classification shared by operators, comparisons and builtins. An int is a number
// (safe integer) or a bigint outside the safe range; booleans act as ints; floats are PyFloat
// (a bare non-integral number is read as a float too, for unboxed float locals).
import { PyFloat } from "./float.js";

export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function normInt(b: bigint): PyInt {
  return b <= MAX_SAFE && b >= -MAX_SAFE ? Number(b) : b;
}

// An integer-valued JS number result that may have left the safe range.
export function intFromNumber(n: number, exact: () => bigint): PyInt {
  return Number.isSafeInteger(n) ? n : normInt(exact());
}

export function isIntLike(x: unknown): x is number | bigint | boolean {
  return (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" || typeof x === "boolean";
}

export function isFloatLike(x: unknown): x is PyFloat | number {
  return x instanceof PyFloat || (typeof x === "number" && !Number.isInteger(x));
}

export function isNumber(x: unknown): boolean {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || x instanceof PyFloat;
}

// int value of an int-like (bool → 0/1).
export function intValue(x: number | bigint | boolean): PyInt {
  return typeof x === "boolean" ? (x ? 1 : 0) : x;
}

export function toBig(x: PyInt | boolean): bigint {
  return typeof x === "bigint" ? x : BigInt(typeof x === "boolean" ? Number(x) : x);
}

// float value of any number (int → nearest double, as CPython's int.__float__ does).
export function floatValue(x: unknown): number {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "bigint") return Number(x);
  return Number(x);
}

// Numeric value for exact comparisons: JS compares number and bigint exactly.
export function compareValue(x: unknown): number | bigint | undefined {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat) return x.value;
  return undefined;
}
