// random's real-valued distributions, the same float operations in the same order as
// Lib/random.py (3.11), so each result is bit-identical given the same libm results.
import { ValueError, ZeroDivisionError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { acos, cos, exp, log, pow, sin, sqrt } from "../math/libm.js";
import { fdiv, floatDiff, fmodPy, toFloat } from "./args.js";

export interface FloatSource {
  nextFloat(): number;
  gaussNext: number | null;
}

const TWOPI = 6.283185307179586;
const NV_MAGICCONST = (4 * exp(-0.5)) / sqrt(2.0);
const LOG4 = log(4.0);
const SG_MAGICCONST = 1.0 + log(4.5);
const E = Math.E;

// Python's float ** for the non-negative bases these distributions produce.
function fpow(x: number, y: number): number {
  if (x === 0 && y < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (x < 0 && !Number.isInteger(y)) throw new ValueError("negative number cannot be raised to a fractional power");
  return pow(x, y);
}

export function uniform(rng: FloatSource, a: unknown, b: unknown): number {
  return toFloat(a) + floatDiff(b, a) * rng.nextFloat();
}

export function triangular(rng: FloatSource, lowArg: unknown, highArg: unknown, mode: unknown): unknown {
  const u0 = rng.nextFloat();
  let low = toFloat(lowArg);
  let high = toFloat(highArg);
  let c: number;
  if (mode === null || mode === undefined) c = 0.5;
  else {
    const span = floatDiff(highArg, lowArg);
    if (span === 0) return lowArg;
    c = floatDiff(mode, lowArg) / span;
  }
  let u = u0;
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  return new PyFloat(low + (high - low) * sqrt(u * c));
}

export function normalvariate(rng: FloatSource, mu: unknown, sigma: unknown): number {
  let z: number;
  for (;;) {
    const u1 = rng.nextFloat();
    const u2 = 1.0 - rng.nextFloat();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -log(u2)) break;
  }
  return toFloat(mu) + z * toFloat(sigma);
}

export function gauss(rng: FloatSource, mu: unknown, sigma: unknown): number {
  let z = rng.gaussNext;
  rng.gaussNext = null;
  if (z === null) {
    const x2pi = rng.nextFloat() * TWOPI;
    const g2rad = sqrt(-2.0 * log(1.0 - rng.nextFloat()));
    z = cos(x2pi) * g2rad;
    rng.gaussNext = sin(x2pi) * g2rad;
  }
  return toFloat(mu) + z * toFloat(sigma);
}

export function lognormvariate(rng: FloatSource, mu: unknown, sigma: unknown): number {
  return exp(normalvariate(rng, mu, sigma));
}

export function expovariate(rng: FloatSource, lambd: unknown): number {
  return fdiv(-log(1.0 - rng.nextFloat()), toFloat(lambd));
}

export function vonmisesvariate(rng: FloatSource, muArg: unknown, kappaArg: unknown): number {
  const mu = toFloat(muArg);
  const kappa = toFloat(kappaArg);
  if (kappa <= 1e-6) return TWOPI * rng.nextFloat();
  const s = 0.5 / kappa;
  const r = s + sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = rng.nextFloat();
    z = cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = rng.nextFloat();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = rng.nextFloat();
  return u3 > 0.5 ? fmodPy(mu + acos(f), TWOPI) : fmodPy(mu - acos(f), TWOPI);
}

export function gammavariate(rng: FloatSource, alphaArg: unknown, betaArg: unknown): number {
  const alpha = toFloat(alphaArg);
  const beta = toFloat(betaArg);
  if (alpha <= 0.0 || beta <= 0.0) throw new ValueError("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const ainv = sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rng.nextFloat();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rng.nextFloat();
      const v = log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -log(1.0 - rng.nextFloat()) * beta;
  let x: number;
  for (;;) {
    const u = rng.nextFloat();
    const b = (E + alpha) / E;
    const p = b * u;
    x = p <= 1.0 ? fpow(p, 1.0 / alpha) : -log((b - p) / alpha);
    const u1 = rng.nextFloat();
    if (p > 1.0) {
      if (u1 <= fpow(x, alpha - 1.0)) break;
    } else if (u1 <= exp(-x)) break;
  }
  return x * beta;
}

export function betavariate(rng: FloatSource, alpha: unknown, beta: unknown): number {
  const y = gammavariate(rng, alpha, 1.0);
  if (y) return y / (y + gammavariate(rng, beta, 1.0));
  return 0.0;
}

export function paretovariate(rng: FloatSource, alpha: unknown): number {
  const u = 1.0 - rng.nextFloat();
  return fpow(u, fdiv(-1.0, toFloat(alpha)));
}

export function weibullvariate(rng: FloatSource, alpha: unknown, beta: unknown): number {
  const u = 1.0 - rng.nextFloat();
  return toFloat(alpha) * fpow(-log(u), fdiv(1.0, toFloat(beta)));
}
