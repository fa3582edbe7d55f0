// math's accumulating functions: fsum (Shewchuk's exact partials with CPython's final
// half-even correction), hypot/dist (CPython's vector_norm), prod, isclose, and the float
// classification and neighbour functions.
import { mul } from "../builtins/arith.js";
import { OverflowError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { iter } from "../builtins/iteration.js";
import { bindC } from "./bind.js";
import { frexpNumber } from "./float-funcs.js";
import { toDouble } from "./convert.js";

export function fsum(iterable: unknown): PyFloat {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const item of iter(iterable)) {
    let x = toDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new OverflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new ValueError("-inf + inf in fsum");
    return new PyFloat(specialSum);
  }
  let n = p.length;
  let hi = 0;
  let lo = 0;
  if (n > 0) {
    hi = p[--n]!;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return new PyFloat(hi);
}

// Exact product of two doubles as hi + lo (Dekker's split; no FMA in JS).
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = (v: number): [number, number] => {
    const c = 134217729 * v;
    const h = c - (c - v);
    return [h, v - h];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
  return [hi, lo];
}

const DBL_MIN = 2.2250738585072014e-308;

// CPython 3.11's vector_norm: scaled, lossless squares summed in double-length.
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const [, maxE] = frexpNumber(max);
  if (maxE < -1023) return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  const scale = 2 ** -maxE;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (const v of vec) {
    const x = v * scale;
    const [prHi, prLo] = twoProduct(x, x);
    const smHi = csum + prHi;
    const smLo = csum - smHi + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [prHi, prLo] = twoProduct(-h, h);
  const smHi = csum + prHi;
  const smLo = csum - smHi + prHi;
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

function norm(values: number[]): PyFloat {
  let max = 0;
  let foundNan = false;
  const vec = values.map((v) => {
    const a = Math.abs(v);
    foundNan ||= Number.isNaN(a);
    if (a > max) max = a;
    return a;
  });
  return new PyFloat(vectorNorm(vec, max, foundNan));
}

export function hypot(...coords: unknown[]): PyFloat {
  return norm(coords.map(toDouble));
}

export function dist(p: unknown, q: unknown): PyFloat {
  const ps = [...iter(p)];
  const qs = [...iter(q)];
  if (ps.length !== qs.length) throw new ValueError("both points must have the same number of dimensions");
  return norm(ps.map((v, i) => toDouble(v) - toDouble(qs[i])));
}

export function prod(...args: unknown[]): unknown {
  const [iterable, start] = bindC("prod(iterable, /, *, start=)", args);
  let acc: unknown = start === undefined ? 1 : start;
  for (const v of iter(iterable)) acc = mul(acc, v);
  return acc;
}

export function isclose(...args: unknown[]): boolean {
  const [aArg, bArg, relArg, absArg] = bindC("isclose(a, b, *, rel_tol=, abs_tol=)", args);
  const a = toDouble(aArg);
  const b = toDouble(bArg);
  const relTol = relArg === undefined ? 1e-9 : toDouble(relArg);
  const absTol = absArg === undefined ? 0.0 : toDouble(absArg);
  if (relTol < 0.0 || absTol < 0.0) throw new ValueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

export const isfinite = (x: unknown): boolean => Number.isFinite(toDouble(x));
export const isinf = (x: unknown): boolean => {
  const v = toDouble(x);
  return v === Infinity || v === -Infinity;
};
export const isnan = (x: unknown): boolean => Number.isNaN(toDouble(x));

const bits = new DataView(new ArrayBuffer(8));

function nextUp(x: number, up: boolean): number {
  if (x === 0) return up ? 5e-324 : -5e-324;
  bits.setFloat64(0, x);
  let b = bits.getBigUint64(0);
  b = (x > 0) === up ? b + 1n : b - 1n;
  bits.setBigUint64(0, b);
  return bits.getFloat64(0);
}

export function nextafterNumber(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  return nextUp(x, y > x);
}

export function nextafter(x: unknown, y: unknown): PyFloat {
  return new PyFloat(nextafterNumber(toDouble(x), toDouble(y)));
}

export function ulp(xArg: unknown): PyFloat {
  let x = toDouble(xArg);
  if (Number.isNaN(x)) return new PyFloat(x);
  x = Math.abs(x);
  if (!Number.isFinite(x)) return new PyFloat(x);
  const x2 = nextafterNumber(x, Infinity);
  if (!Number.isFinite(x2)) return new PyFloat(x - nextafterNumber(x, -Infinity));
  return new PyFloat(x2 - x);
}

