// Fast paths that generated code uses where the transpiler has proven both operands are Python
// ints (number, or bigint beyond 2**53) or a list indexed by an int. Each is small enough for
// V8 to inline: the common case is one typeof check and one JS operation; anything else
// (a bigint, an overflow, a zero divisor, an index out of range) falls back to the exact
// general operation, which also raises CPython's errors.

import { add, floordiv, mod, mul, sub } from "./arith.js";
import { getitem, setitem } from "./items.js";
import { TypeError, ValueError } from "./exceptions.js";

const MAX = Number.MAX_SAFE_INTEGER;

export function addInt(a: unknown, b: unknown): any {
  if (typeof a === "number" && typeof b === "number") {
    const result = a + b;
    if (result <= MAX && result >= -MAX) return result;
  }
  return add(a, b);
}

export function subInt(a: unknown, b: unknown): any {
  if (typeof a === "number" && typeof b === "number") {
    const result = a - b;
    if (result <= MAX && result >= -MAX) return result;
  }
  return sub(a, b);
}

export function mulInt(a: unknown, b: unknown): any {
  if (typeof a === "number" && typeof b === "number") {
    // Within the safe range the correctly rounded product is the exact one.
    const result = a * b;
    if (result <= MAX && result >= -MAX) return result + 0; // + 0: no -0 for an int
  }
  return mul(a, b);
}

/** Python's floor division: exact for safe ints (the remainder makes the quotient exact). */
export function floordivInt(a: unknown, b: unknown): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const remainder = a % b;
    let quotient = (a - remainder) / b;
    if (remainder !== 0 && remainder < 0 !== b < 0) quotient -= 1;
    return quotient + 0;
  }
  return floordiv(a, b);
}

/** Python's modulo: the result takes the divisor's sign. */
export function modInt(a: unknown, b: unknown): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    let remainder = a % b;
    if (remainder !== 0 && remainder < 0 !== b < 0) remainder += b;
    return remainder + 0;
  }
  return mod(a, b);
}

export function listGet(list: unknown[], index: unknown): any {
  if (typeof index === "number" && index >= 0 && index < list.length) return list[index];
  return getitem(list, index);
}

export function listSet(list: unknown[], index: unknown, value: unknown): void {
  if (typeof index === "number" && index >= 0 && index < list.length) list[index] = value;
  else setitem(list, index, value);
}

/** A counting loop's step, checked once as range() checks it. */
export function rangeStep(step: unknown): number {
  if (typeof step !== "number") throw new TypeError(`'${typeof step === "bigint" ? "int" : typeof step}' step too large for a counting loop`);
  if (step === 0) throw new ValueError("range() arg 3 must not be zero");
  return step;
}
