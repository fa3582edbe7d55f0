// int() and float() conversions with CPython's accepted syntax (underscores, whitespace,
// prefixes, inf/nan) and its exact error messages.
import { OverflowError, TypeError, ValueError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { normInt, type PyInt } from "./num.js";
import { PyBytes } from "./bytes.js";
import { strRepr, bytesRepr } from "./repr.js";
import { typeName } from "./typename.js";
import { checkParsedDigits } from "./int-digits.js";

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

// Python's str.strip() whitespace set, plus ASCII digits of other scripts mapped to 0-9.
function normalizeDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0)!;
    if (cp <= 0x39) return d;
    // Unicode decimal digits come in contiguous runs of ten starting at a code point ending in 0 or 6.
    for (let z = cp; z > cp - 10; z--) {
      if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1))) return String((cp - z) % 10);
    }
    return String((cp - (cp - 9)) % 10);
  });
}

export function parseFloatStrict(text: string, shown: () => string = () => strRepr(text)): number {
  const s = normalizeDigits(text.trim());
  if (!FLOAT_RE.test(s)) throw new ValueError(`could not convert string to float: ${shown()}`);
  const body = s.replace(/_/g, "").toLowerCase();
  const sign = body.startsWith("-") ? -1 : 1;
  const unsigned = body.replace(/^[+-]/, "");
  if (unsigned === "inf" || unsigned === "infinity") return sign * Infinity;
  if (unsigned === "nan") return NaN;
  return Number(body);
}

export function toFloat(x: unknown = 0): PyFloat {
  if (x instanceof PyFloat) return x;
  if (typeof x === "number") return new PyFloat(x);
  if (typeof x === "boolean") return new PyFloat(x ? 1 : 0);
  if (typeof x === "bigint") {
    const f = Number(x);
    if (!Number.isFinite(f)) throw new OverflowError("int too large to convert to float");
    return new PyFloat(f);
  }
  if (typeof x === "string") return new PyFloat(parseFloatStrict(x));
  if (x instanceof PyBytes) {
    const text = String.fromCharCode(...x.bytes);
    return new PyFloat(parseFloatStrict(text, () => bytesRepr(x.bytes)));
  }
  const m = (x as { __float__?: unknown } | null)?.__float__;
  if (typeof m === "function") return toFloat(m.call(x));
  const idx = (x as { __index__?: unknown } | null)?.__index__;
  if (typeof idx === "function") return toFloat(idx.call(x));
  throw new TypeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

const PREFIX: Record<string, number> = { "0x": 16, "0o": 8, "0b": 2 };

export function parseIntStrict(text: string, base: number, shown: () => string = () => strRepr(text)): PyInt {
  const fail = (): never => {
    throw new ValueError(`invalid literal for int() with base ${base}: ${shown()}`);
  };
  let s = normalizeDigits(text.trim()).toLowerCase();
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  const prefix = PREFIX[s.slice(0, 2)];
  if (prefix !== undefined && (base === 0 || base === prefix)) {
    b = prefix;
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  } else if (base === 0) {
    b = 10;
    // Base 0 forbids leading zeros in a non-zero decimal literal ("010").
    if (/^0[\d_]*$/.test(s) && /[1-9]/.test(s)) fail();
  }
  // CPython counts the digits it scanned before anything else is checked.
  if (s.length > 640) {
    let scanned = 0;
    for (const ch of s) {
      if (ch === "_") continue;
      const d = parseInt(ch, 36);
      if (Number.isNaN(d) || d >= b) break;
      scanned++;
    }
    checkParsedDigits(scanned, b);
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) fail();
  const digits = s.replace(/_/g, "");
  let acc = 0n;
  const bigB = BigInt(b);
  for (const ch of digits) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= b) fail();
    acc = acc * bigB + BigInt(d);
  }
  return normInt(neg ? -acc : acc);
}

export function toInt(x: unknown = 0, base?: unknown): PyInt {
  if (base !== undefined && base !== null) {
    const b = typeof base === "boolean" ? Number(base) : base;
    if (typeof b !== "number" && typeof b !== "bigint") {
      throw new TypeError(`'${typeName(base)}' object cannot be interpreted as an integer`);
    }
    const n = Number(b);
    if (n !== 0 && (n < 2 || n > 36)) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
    if (typeof x === "string") return parseIntStrict(x, n);
    if (x instanceof PyBytes) return parseIntStrict(String.fromCharCode(...x.bytes), n, () => bytesRepr(x.bytes));
    throw new TypeError("int() can't convert non-string with explicit base");
  }
  if (typeof x === "number") {
    if (Number.isInteger(x)) return x + 0;
    return floatToInt(x);
  }
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (typeof x === "string") return parseIntStrict(x, 10);
  if (x instanceof PyBytes) return parseIntStrict(String.fromCharCode(...x.bytes), 10, () => bytesRepr(x.bytes));
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const m = (x as Record<string, unknown> | null)?.[name];
    if (typeof m === "function") return toInt(m.call(x));
  }
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

export function floatToInt(v: number): PyInt {
  if (Number.isNaN(v)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw new OverflowError("cannot convert float infinity to integer");
  const t = Math.trunc(v);
  return Number.isSafeInteger(t) ? t + 0 : normInt(BigInt(t));
}
