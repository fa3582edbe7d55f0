// CPython's limit on decimal int ⇄ str conversion (sys.set_int_max_str_digits, 3.11): str()
// of an int with more than 4300 digits, or int() of a string with more, raises ValueError, as
// a guard against quadratic conversions. Bases that are powers of two are not limited.
import { ValueError } from "./exception-classes.js";

export const DEFAULT_MAX_STR_DIGITS = 4300;
const THRESHOLD = 640;
let maxStrDigits = DEFAULT_MAX_STR_DIGITS;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

export function setIntMaxStrDigits(limit: number): void {
  if (limit !== 0 && limit < THRESHOLD) throw new ValueError(`maxdigits must be 0 or larger than ${THRESHOLD}`);
  maxStrDigits = limit;
}

/** A bigint's decimal digits (with its sign), or CPython's ValueError past the limit. */
export function bigintToDecimal(x: bigint): string {
  const text = x.toString();
  if (maxStrDigits !== 0 && text.length - (x < 0n ? 1 : 0) > maxStrDigits) {
    throw new ValueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return text;
}

/** int(text, base) with `digits` digits: the limit applies to bases that are not powers of two. */
export function checkParsedDigits(digits: number, base: number): void {
  if (maxStrDigits === 0 || digits <= maxStrDigits || (base & (base - 1)) === 0) return;
  throw new ValueError(
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
  );
}
