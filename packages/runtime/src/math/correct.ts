// Correctly rounded exp, log and pow (glibc's are within a hair of that; V8's fdlibm-based
// Math.exp/log/pow are off by one ulp for several percent of inputs). Each is computed in
// double-double and rounded once; subnormal results fall back to Math.*.
import { add, addD, div, mul, mulD, neg, twoProd, twoSum, type DD } from "./dd.js";

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const ONE: DD = [1, 0];

// 1/n! for the exp series and 1/(2n+1) for the atanh series, as double-doubles. Built on first
// use: every program and every worker loads this module, few call exp/log/pow.
let invFact: DD[] | undefined;
let invOdd: DD[] | undefined;

function inverseFactorials(): DD[] {
  if (invFact === undefined) {
    invFact = [ONE];
    for (let n = 1; n <= 12; n++) invFact.push(div(invFact[n - 1]!, [n, 0]));
  }
  return invFact;
}

function inverseOdds(): DD[] {
  return (invOdd ??= Array.from({ length: 14 }, (_, n) => div(ONE, [2 * n + 1, 0])));
}

const pow2 = (k: number): number => (k < -1022 ? 2 ** -1022 * 2 ** (k + 1022) : 2 ** k);

// exp(a) = 2**k * p, with p ~ [0.7, 1.42] returned as a double-double.
function expParts(a: DD): [DD, number] {
  const k = Math.round(a[0] / LN2[0]);
  let r = add(a, neg(twoProd(k, LN2[0])));
  r = add(r, neg(twoProd(k, LN2[1])));
  // exp(r) = exp(r / 1024) ** 1024: the series converges in ten terms for |r / 1024| < 3.4e-4.
  const s: DD = [r[0] / 1024, r[1] / 1024];
  const inverse = inverseFactorials();
  let p = inverse[10]!;
  for (let n = 9; n >= 0; n--) p = add(mul(p, s), inverse[n]!);
  for (let i = 0; i < 10; i++) p = mul(p, p);
  // 2**1024 is not a double: move one factor of two into p (exact).
  return k > 1023 ? [[p[0] * 2, p[1] * 2], k - 1] : [p, k];
}

const EXP_MAX = 709.782712893384;
const EXP_MIN_NORMAL = -708.39;

export function crExp(x: number): number {
  if (!(x <= EXP_MAX)) return x > EXP_MAX ? Infinity : NaN;
  if (x < EXP_MIN_NORMAL) return Math.exp(x);
  const [p, k] = expParts([x, 0]);
  return (p[0] + p[1]) * pow2(k);
}

// log(x) for a positive finite x, as a double-double.
export function logDD(x: number): DD {
  if (x < 2.2250738585072014e-308) return add(logDD(x * 2 ** 54), neg(mulD(LN2, 54)));
  if (Math.abs(x - 1) < 0.03125) {
    // log(1 + u) = 2 atanh(u / (2 + u)), u exact (Sterbenz).
    const u = x - 1;
    const s = div([u, 0], twoSum(2, u));
    const s2 = mul(s, s);
    const inverse = inverseOdds();
    let p = inverse[12]!;
    for (let n = 11; n >= 0; n--) p = add(mul(p, s2), inverse[n]!);
    return mulD(mul(p, s), 2);
  }
  // One Newton step on exp from V8's estimate: log x = y0 + log(x / exp(y0)).
  const y0 = Math.log(x);
  const [p, k] = expParts([y0, 0]);
  const scale = pow2(k);
  const e: DD = [p[0] * scale, p[1] * scale];
  const d = addD(neg(e), x);
  const t = d[0] / e[0];
  return addD(twoSum(y0, t), -(t * t) / 2);
}

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  const r = logDD(x);
  return r[0] + r[1];
}

// x ** y for finite x > 0 and finite y: exp(y * log x) in double-double.
export function crPowPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  const z = mul(logDD(x), [y, 0]);
  if (z[0] > EXP_MAX + 1) return Infinity;
  if (z[0] < EXP_MIN_NORMAL) return Math.pow(x, y);
  const [p, k] = expParts(z);
  return (p[0] + p[1]) * pow2(k);
}

// C pow for finite arguments; the special values are the caller's (math.pow, float **).
export function crPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (x > 0) return crPowPositive(x, y);
  if (!Number.isInteger(y)) return NaN;
  const r = crPowPositive(-x, y);
  return Math.abs(y) % 2 === 1 ? -r : r;
}

export function crLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const r = div(logDD(x), LN2);
  return r[0] + r[1];
}

// glibc's sinh, cosh, asinh and acosh are fdlibm's algorithms over its own exp and log; V8
// runs the same algorithms over fdlibm's exp and log, so they are redone here over crExp/crLog.
const LN2_D = 0.6931471805599453;

export function crSinh(x: number): number {
  const ax = Math.abs(x);
  if (!Number.isFinite(x) || ax < 22 || ax > 709.782712893384) return Math.sinh(x);
  const h = x < 0 ? -0.5 : 0.5;
  return h * crExp(ax);
}

export function crCosh(x: number): number {
  const ax = Math.abs(x);
  if (!Number.isFinite(x) || ax <= 0.5 * LN2_D) return Math.cosh(x);
  if (ax < 22) {
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * crExp(ax);
  const w = crExp(0.5 * ax);
  return 0.5 * w * w;
}

export function crAsinh(x: number): number {
  const ax = Math.abs(x);
  if (!Number.isFinite(x) || ax <= 2) return Math.asinh(x);
  const w = ax > 2 ** 28 ? crLog(ax) + LN2_D : crLog(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
  return x < 0 ? -w : w;
}

export function crAcosh(x: number): number {
  if (!Number.isFinite(x) || x <= 2) return Math.acosh(x);
  if (x > 2 ** 28) return crLog(x) + LN2_D;
  return crLog(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
}

