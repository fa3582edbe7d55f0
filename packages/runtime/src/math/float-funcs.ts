// math's float functions: each converts with PyFloat_AsDouble, calls libm and applies
// CPython's errno rules (math_1 / math_2 / m_log / math_pow special cases).
import { TypeError, ZeroDivisionError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { PyTuple } from "../builtins/tuple.js";
import * as libm from "./libm.js";
import { asIntArg, checked, domainError, rangeError, toDouble } from "./convert.js";
import { bigLog } from "./int-log.js";

const unary = (fn: (x: number) => number, canOverflow: boolean) => (x: unknown): PyFloat => {
  const v = toDouble(x);
  return checked(v, fn(v), canOverflow);
};

export const sqrt = unary(Math.sqrt, false);
export const exp = unary(libm.exp, true);
export const expm1 = unary(libm.expm1, true);
export const sin = unary(libm.sin, false);
export const cos = unary(libm.cos, false);
export const tan = unary(libm.tan, false);
export const asin = unary(libm.asin, false);
export const acos = unary(libm.acos, false);
export const atan = unary(libm.atan, false);
export const sinh = unary(libm.sinh, true);
export const cosh = unary(libm.cosh, true);
export const tanh = unary(libm.tanh, false);
export const asinh = unary(libm.asinh, false);
export const acosh = unary(libm.acosh, false);
export const atanh = unary(libm.atanh, false);
export const fabs = unary(Math.abs, false);
export const exp2 = unary((x) => (Number.isFinite(x) ? libm.pow(2, x) : Math.pow(2, x)), true);
export const log1p = unary(libm.log1p, false);

const RAD_TO_DEG = 180.0 / Math.PI;
const DEG_TO_RAD = Math.PI / 180.0;
export const degrees = unary((x) => x * RAD_TO_DEG, true);
export const radians = unary((x) => x * DEG_TO_RAD, false);

// loghelper: ints of any size are fine (a bigint goes through its own frexp); x <= 0 is a
// domain error.
function logOf(x: unknown, fn: (v: number) => number): number {
  const i = asIntArg(x);
  if (i !== undefined) {
    if (i <= 0) domainError();
    if (typeof i === "bigint" && !Number.isFinite(Number(i))) return bigLog(i, fn);
    const v = Number(i);
    return fn(v);
  }
  const v = toDouble(x);
  if (Number.isFinite(v)) {
    if (v <= 0) domainError();
    return fn(v);
  }
  if (Number.isNaN(v) || v > 0) return v;
  return domainError();
}

export function log(x: unknown, base?: unknown): PyFloat {
  const num = logOf(x, libm.log);
  if (base === undefined) return new PyFloat(num);
  const den = logOf(base, libm.log);
  if (den === 0) throw new ZeroDivisionError("float division by zero");
  return new PyFloat(num / den);
}

export const log2 = (x: unknown): PyFloat => new PyFloat(logOf(x, libm.log2));
export const log10 = (x: unknown): PyFloat => new PyFloat(logOf(x, libm.log10));

// C pow() special values (Annex F) where JS's ** differs, then CPython's errno rules.
export function powFloat(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    const r = libm.pow(x, y);
    if (Number.isNaN(r)) domainError();
    if (!Number.isFinite(r)) return x === 0 ? domainError() : rangeError();
    return r;
  }
  if (Number.isNaN(x)) return y === 0 ? 1 : x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(x)) {
    const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
    if (y > 0) return oddY ? x : Math.abs(x);
    if (y === 0) return 1;
    return oddY ? Math.sign(x) * 0 : 0;
  }
  if (Math.abs(x) === 1) return 1;
  if (y > 0 && Math.abs(x) > 1) return y;
  if (y < 0 && Math.abs(x) < 1) return -y;
  return 0;
}

export const pow = (x: unknown, y: unknown): PyFloat => new PyFloat(powFloat(toDouble(x), toDouble(y)));

export function atan2(y: unknown, x: unknown): PyFloat {
  return new PyFloat(libm.atan2(toDouble(y), toDouble(x)));
}

export function fmod(xArg: unknown, yArg: unknown): PyFloat {
  const x = toDouble(xArg);
  const y = toDouble(yArg);
  if (!Number.isFinite(y) && Number.isFinite(x)) return new PyFloat(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
  return new PyFloat(r);
}

// IEEE remainder: x - n*y with n the integer nearest x/y (ties to even); always exact.
export function remainder(xArg: unknown, yArg: unknown): PyFloat {
  const x = toDouble(xArg);
  const y = toDouble(yArg);
  if (Number.isNaN(x)) return new PyFloat(x);
  if (Number.isNaN(y)) return new PyFloat(y);
  if (!Number.isFinite(x) || y === 0) domainError();
  if (!Number.isFinite(y)) return new PyFloat(x);
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  // CPython's m_remainder: compare m with the half-way point c = absy - m, exactly.
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
  return new PyFloat(x < 0 || Object.is(x, -0) ? -r : r);
}

export function copysign(x: unknown, y: unknown): PyFloat {
  const a = Math.abs(toDouble(x));
  const s = toDouble(y);
  const negative = s < 0 || Object.is(s, -0) || (Number.isNaN(s) && signBit(s));
  return new PyFloat(negative ? -a : a);
}

const view = new DataView(new ArrayBuffer(8));

function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint8(0) & 0x80) !== 0;
}

export function modf(xArg: unknown): PyTuple<PyFloat> {
  const x = toDouble(xArg);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return PyTuple.of(new PyFloat(x), new PyFloat(x));
    return PyTuple.of(new PyFloat(x > 0 ? 0 : -0), new PyFloat(x));
  }
  const ip = Math.trunc(x);
  const fp = x - ip;
  return PyTuple.of(new PyFloat(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), new PyFloat(ip));
}

// frexp/ldexp by exponent arithmetic on the bits; subnormals are scaled up first.
export function frexpNumber(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  if (Math.abs(m) < 2.2250738585072014e-308) {
    m *= 2 ** 64;
    e -= 64;
  }
  view.setFloat64(0, m);
  const hi = view.getUint16(0);
  const exp = ((hi >> 4) & 0x7ff) - 1022;
  view.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return [view.getFloat64(0), e + exp];
}

export function frexp(x: unknown): PyTuple {
  const [m, e] = frexpNumber(toDouble(x));
  return PyTuple.of<unknown>(new PyFloat(m), e);
}

export function ldexpNumber(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexpNumber(x);
  const target = ex + e;
  if (target > 1024) return x * Infinity;
  // m is in [0.5, 1): m * 2**(target-1) * 2 is exact for a normal result.
  if (target >= -1021) return m * 2 ** (target - 1) * 2;
  if (target < -2095) return x * 0;
  // A subnormal result: the second product is the only rounding.
  return m * 2 ** -1021 * 2 ** (target + 1021);
}

export function ldexp(xArg: unknown, iArg: unknown): PyFloat {
  const x = toDouble(xArg);
  const i = asIntArg(iArg);
  if (i === undefined) throw new TypeError("Expected an int as second argument to ldexp.");
  const e = typeof i === "bigint" ? (i > 0n ? 100000 : -100000) : i;
  const r = ldexpNumber(x, e);
  if (!Number.isFinite(r) && Number.isFinite(x)) rangeError();
  return new PyFloat(r);
}
