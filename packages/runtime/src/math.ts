// Python's math module: floats in and PyFloat out through libm with CPython's error rules;
// the integer functions exact at any size.
import { PyFloat } from "./builtins/float.js";

export {
  sqrt, exp, expm1, log, log2, log10, log1p, pow, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh,
  asinh, acosh, atanh, degrees, radians, fabs, fmod, copysign, modf, frexp, ldexp, exp2, remainder,
} from "./math/float-funcs.js";
export { floor, ceil, trunc, isqrt, factorial, perm, comb, gcd, lcm } from "./math/int-funcs.js";
export { fsum, hypot, dist, prod, isclose, isfinite, isinf, isnan, nextafter, ulp } from "./math/sums.js";

export const pi = new PyFloat(Math.PI);
export const e = new PyFloat(Math.E);
export const tau = new PyFloat(2 * Math.PI);
export const inf = new PyFloat(Infinity);
export const nan = new PyFloat(NaN);
