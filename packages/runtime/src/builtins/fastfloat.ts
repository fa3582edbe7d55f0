// Raw-number fast paths for float arithmetic the transpiler has proven to be float: locals that
// only ever hold floats live as JS numbers, and these helpers give Python's semantics where a
// plain JS operator would not (division by zero, int → float conversion). Small enough for V8
// to inline.

import { PyFloat } from "./float.js";
import { OverflowError, ZeroDivisionError } from "./exceptions.js";
import { truediv } from "./arith.js";

/** An int (number or bigint) as a float, as float(n) does: exact or correctly rounded. */
export function intToFloat(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const result = Number(value as bigint);
  if (!Number.isFinite(result)) throw new OverflowError("int too large to convert to float");
  return result;
}

/** A float value (a box, or already raw) as a number. */
export function floatValue(value: unknown): number {
  return typeof value === "number" ? value : (value as PyFloat).value;
}

/** x / y with floats: ZeroDivisionError as in CPython. */
export function divFloat(x: number, y: number): number {
  if (y === 0) throw new ZeroDivisionError("float division by zero");
  return x / y;
}

/** a / b with ints: exact JS division when both are numbers, else CPython's correctly rounded
 *  big-int division (and its errors). */
export function divIntRaw(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return a / b;
  return (truediv(a, b) as PyFloat).value;
}
