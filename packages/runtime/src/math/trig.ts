// Correctly rounded sin and cos (as glibc's nearly always are): the argument is reduced modulo
// pi/2 in double-double (Cody-Waite below 2**19, exact bigint reduction above), then Taylor
// series in double-double. acos/asin/atan take one Newton step from V8's estimate.
import { add, addD, div, mul, mulD, neg, twoProd, type DD } from "./dd.js";

const PIO2: readonly [number, number, number] = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];

// sin and cos series coefficients (-1)**n / (2n+1)! and (-1)**n / (2n)!, built on first use
// (every program and worker loads this module; few call sin or cos).
let seriesCoefficients: { readonly sin: DD[]; readonly cos: DD[] } | undefined;

function coefficients(): { readonly sin: DD[]; readonly cos: DD[] } {
  if (seriesCoefficients !== undefined) return seriesCoefficients;
  const sin: DD[] = [];
  const cos: DD[] = [[1, 0]];
  let f: DD = [1, 0];
  for (let n = 1; n <= 34; n++) {
    f = div(f, [n, 0]);
    const signed: DD = (n >> 1) % 2 === 1 ? neg(f) : f;
    if (n % 2 === 1) sin.push(signed);
    else cos.push(signed);
  }
  return (seriesCoefficients = { sin, cos });
}

function sinSeries(r: DD): DD {
  const sinTerms = coefficients().sin;
  const r2 = mul(r, r);
  let p = sinTerms[sinTerms.length - 1]!;
  for (let i = sinTerms.length - 2; i >= 0; i--) p = add(mul(p, r2), sinTerms[i]!);
  return mul(p, r);
}

function cosSeries(r: DD): DD {
  const cosTerms = coefficients().cos;
  const r2 = mul(r, r);
  let p = cosTerms[cosTerms.length - 1]!;
  for (let i = cosTerms.length - 2; i >= 0; i--) p = add(mul(p, r2), cosTerms[i]!);
  return p;
}

let piFixed: bigint | undefined;
const FIX_BITS = 1300;

// pi * 2**FIX_BITS by Machin's formula, computed once on first use.
function piTimes2P(): bigint {
  if (piFixed !== undefined) return piFixed;
  const guard = 32n;
  const bits = BigInt(FIX_BITS) + guard;
  const arctanInv = (x: bigint): bigint => {
    let term = (1n << bits) / x;
    let total = term;
    const x2 = x * x;
    for (let n = 1n; term !== 0n; n++) {
      term /= x2;
      total += (n % 2n === 1n ? -term : term) / (2n * n + 1n);
    }
    return total;
  };
  piFixed = (4n * (4n * arctanInv(5n) - arctanInv(239n))) >> guard;
  return piFixed;
}

const view = new DataView(new ArrayBuffer(8));

// x = mant * 2**exp exactly, mant a 53-bit integer.
function decompose(x: number): [bigint, number] {
  view.setFloat64(0, Math.abs(x));
  const b = view.getBigUint64(0);
  const e = Number(b >> 52n);
  const frac = b & ((1n << 52n) - 1n);
  return e === 0 ? [frac, -1074] : [frac | (1n << 52n), e - 1075];
}

function fixedToDD(v: bigint, p: number): DD {
  const negative = v < 0n;
  const a = negative ? -v : v;
  if (a === 0n) return [0, 0];
  const bits = a.toString(2).length;
  const s1 = Math.max(0, bits - 53);
  const top = a >> BigInt(s1);
  const rest = a - (top << BigInt(s1));
  const hi = Number(top) * 2 ** (s1 - p);
  const s2 = Math.max(0, s1 - 53);
  const lo = Number(rest >> BigInt(s2)) * 2 ** (s2 - p);
  return negative ? [-hi, -lo] : [hi, lo];
}

// x - n * pi/2 with |result| <= ~pi/4, and n mod 4.
function reduce(x: number): [DD, number] {
  if (Math.abs(x) <= 0.7853981633974483) return [[x, 0], 0];
  if (Math.abs(x) < 2 ** 19) {
    const k = Math.round(x / PIO2[0]);
    let r = add([x, 0], neg(twoProd(k, PIO2[0])));
    r = add(r, neg(twoProd(k, PIO2[1])));
    r = addD(r, -k * PIO2[2]);
    return [r, ((k % 4) + 4) % 4];
  }
  const [mant, exp] = decompose(x);
  const pio2 = piTimes2P() >> 1n;
  const scaled = mant << BigInt(exp + FIX_BITS);
  let n = scaled / pio2;
  let rem = scaled - n * pio2;
  if (rem * 2n > pio2) {
    n += 1n;
    rem -= pio2;
  }
  const r = fixedToDD(rem, FIX_BITS);
  const q = Number(n & 3n);
  return x < 0 ? [[-r[0], -r[1]], (4 - q) % 4] : [r, q];
}

function sinCosDD(x: number, wantCos: boolean): DD {
  const [r, q] = reduce(x);
  const quadrant = (q + (wantCos ? 1 : 0)) % 4;
  switch (quadrant) {
    case 0:
      return sinSeries(r);
    case 1:
      return cosSeries(r);
    case 2:
      return neg(sinSeries(r));
    default:
      return neg(cosSeries(r));
  }
}

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const r = sinCosDD(x, false);
  return r[0] + r[1];
}

export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const r = sinCosDD(x, true);
  return r[0] + r[1];
}

export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const t = div(sinCosDD(x, false), sinCosDD(x, true));
  return t[0] + t[1];
}

// acos(f) = y0 + (cos(y0) - f) / sin(y0), from V8's estimate y0; near |f| = 1 the step is
// ill-conditioned, so V8's value stands there.
export function crAcos(f: number): number {
  if (!(Math.abs(f) < 0.9999)) return Math.acos(f);
  const y0 = Math.acos(f);
  const c = sinCosDD(y0, true);
  const d = addD(c, -f);
  const s = sinCosDD(y0, false);
  const step = d[0] / s[0];
  return y0 + step;
}

export function crAsin(f: number): number {
  if (!(Math.abs(f) < 0.9999) || Math.abs(f) < 2 ** -26) return Math.asin(f);
  const y0 = Math.asin(f);
  const d = addD(sinCosDD(y0, false), -f);
  return y0 - d[0] / sinCosDD(y0, true)[0];
}

// atan(t) = y0 - (tan(y0) - t) * cos(y0)**2.
export function crAtan(t: number): number {
  if (!Number.isFinite(t) || Math.abs(t) < 2 ** -26) return Math.atan(t);
  const y0 = Math.atan(t);
  const s = sinCosDD(y0, false);
  const c = sinCosDD(y0, true);
  const d = add(s, neg(mulD(c, t)));
  return y0 - d[0] * c[0];
}


// atan2(y, x): one Newton step on y cos t - x sin t = 0 from V8's estimate, with x and y
// scaled by a common power of two (exact) so neither overflows.
export function crAtan2(y: number, x: number): number {
  const t0 = Math.atan2(y, x);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || Math.abs(t0) < 1e-290) return t0;
  const e = Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
  const k = 2 ** -Math.max(-1000, Math.min(1000, e));
  const xs = x * k;
  const ys = y * k;
  const c = sinCosDD(t0, true);
  const s = sinCosDD(t0, false);
  const num = add(mulD(c, ys), neg(mulD(s, xs)));
  const den = ys * s[0] + xs * c[0];
  return t0 + num[0] / den;
}
