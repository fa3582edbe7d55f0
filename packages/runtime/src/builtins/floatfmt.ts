// Correctly rounded decimal digits of a double (round-half-even on the exact binary value),
// as CPython's float formatting produces; JS's toFixed/toPrecision round exact ties up.
import { floatRepr } from "./repr.js";

// |x| as an exact fraction num/den (den a power of two).
export function exactRational(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

// round_half_even(|x| * 10**k) as an integer.
export function scaledRound(x: number, k: number): bigint {
  let [num, den] = exactRational(x);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

// Fixed notation with `prec` digits after the point, no sign.
export function fixedDigits(x: number, prec: number): string {
  // JS's toFixed rounds the exact binary value correctly too, but sends exact ties up where
  // Python rounds them to even; a tie needs |x| * 10**prec within an ulp or so of a half, so only
  // values near one (and those toFixed cannot take) go the exact way.
  const a = Math.abs(x);
  if (prec <= 100 && a < 1e15) {
    const scaled = a * 10 ** prec;
    if (scaled < 2 ** 52) {
      const frac = scaled - Math.floor(scaled);
      if (Math.abs(frac - 0.5) > scaled * 2 ** -50 + 2 ** -60) return a.toFixed(prec);
    }
  }
  const digits = scaledRound(x, prec).toString().padStart(prec + 1, "0");
  if (prec === 0) return digits;
  return `${digits.slice(0, -prec)}.${digits.slice(-prec)}`;
}

// `prec + 1` significant digits and the decimal exponent of the first one (x finite, non-zero).
export function expDigits(x: number, prec: number): [string, number] {
  if (x === 0) return ["0".repeat(prec + 1), 0];
  let e = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const d = scaledRound(x, prec - e).toString();
    if (d.length > prec + 1) {
      e += 1; // rounded up to the next power of ten, or log10 underestimated
      continue;
    }
    if (d.length < prec + 1) {
      e -= 1;
      continue;
    }
    return [d, e];
  }
}

function expSuffix(e: number, upper: boolean): string {
  const a = Math.abs(e);
  return `${upper ? "E" : "e"}${e < 0 ? "-" : "+"}${a < 10 ? "0" : ""}${a}`;
}

export function expNotation(x: number, prec: number, options: { upper?: boolean; alt?: boolean } = {}): string {
  const [d, e] = expDigits(x, prec);
  const mant = prec > 0 || options.alt ? `${d[0]}.${d.slice(1)}` : d;
  return mant + expSuffix(e, options.upper ?? false);
}

// %g / format 'g': precision P significant digits, fixed if -4 <= exp < P, trailing zeros
// removed unless `alt`.
export function generalNotation(x: number, precision: number, options: { upper?: boolean; alt?: boolean; noneType?: boolean } = {}): string {
  const p = precision === 0 ? 1 : precision;
  const e = x === 0 ? 0 : expDigits(x, p - 1)[1];
  // The '' presentation type switches to exponent already at exp >= p - 1 and keeps one digit
  // after the point.
  let out: string;
  if (e >= -4 && e < (options.noneType ? p - 1 : p)) {
    out = fixedDigits(x, p - 1 - e);
    if (!options.alt) out = stripZeros(out);
    else if (!out.includes(".")) out += ".";
    if (options.noneType && !out.includes(".")) out += ".0";
  } else {
    out = expNotation(x, p - 1, { upper: options.upper, alt: options.alt });
    if (!options.alt) {
      const [m, s] = out.split(/(?=[eE])/) as [string, string];
      out = stripZeros(m) + s;
    }
  }
  return out;
}

function stripZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export function shortestRepr(x: number): string {
  return floatRepr(Math.abs(x));
}
