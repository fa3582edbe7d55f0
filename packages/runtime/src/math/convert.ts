// Argument conversion and error reporting shared by the math functions, worded as CPython's
// mathmodule.c words them.
import { OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { typeName } from "../builtins/typename.js";
import type { PyInt } from "../builtins/num.js";

// PyFloat_AsDouble: ints convert (rounding), huge ones overflow.
export function toDouble(x: unknown): number {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") {
    const f = Number(x);
    if (!Number.isFinite(f)) throw new OverflowError("int too large to convert to float");
    return f;
  }
  const m = (x as { __float__?: unknown } | null)?.__float__;
  if (x !== null && typeof x === "object" && typeof m === "function") return toDouble(m.call(x));
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

export function asIntArg(x: unknown): PyInt | undefined {
  if (typeof x === "boolean") return x ? 1 : 0;
  if ((typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint") return x;
  return undefined;
}

// operator.index for the integer-only functions.
export function toIndex(x: unknown): PyInt {
  const i = asIntArg(x);
  if (i === undefined) {
    const m = (x as { __index__?: unknown } | null)?.__index__;
    if (x !== null && typeof x === "object" && typeof m === "function") return toIndex(m.call(x));
    throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  return i;
}

export const domainError = (): never => {
  throw new ValueError("math domain error");
};

export const rangeError = (): never => {
  throw new OverflowError("math range error");
};

// math_1's error rule: NaN from a non-NaN is a domain error; an infinity from a finite input
// is a range error when the function can overflow, else a domain error.
export function checked(x: number, r: number, canOverflow: boolean): PyFloat {
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return new PyFloat(r);
}
