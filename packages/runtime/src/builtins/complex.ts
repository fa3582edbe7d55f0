// Python complex: two doubles, with the arithmetic of Objects/complexobject.c (3.11). An int or
// float operand is first made a complex with imaginary part 0 (3.11 has no mixed-mode forms),
// so `1j * inf` gives CPython's nan parts too. Operators reach these methods through the
// generic dunder dispatch (arith.ts binaryDunder), as a user class's would.
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { asFloat } from "./arith.js";
import { eq, NotImplemented } from "./compare.js";
import { floatRepr } from "./repr.js";
import { BucketKey, hashFloat, keyOf } from "./hash.js";
import { atan2, cos, exp, log, pow, sin } from "../math/libm.js";
import { formatComplex } from "./complex-format.js";

type Operand = PyComplex | typeof NotImplemented;

export class PyComplex {
  static readonly __name__ = "complex";

  constructor(
    readonly re: number,
    readonly im: number,
  ) {}

  get real(): PyFloat {
    return new PyFloat(this.re);
  }
  get imag(): PyFloat {
    return new PyFloat(this.im);
  }
  conjugate(): PyComplex {
    return new PyComplex(this.re, -this.im);
  }

  __add__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? new PyComplex(this.re + o.re, this.im + o.im) : NotImplemented;
  }
  __radd__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? new PyComplex(o.re + this.re, o.im + this.im) : NotImplemented;
  }
  __sub__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? new PyComplex(this.re - o.re, this.im - o.im) : NotImplemented;
  }
  __rsub__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? new PyComplex(o.re - this.re, o.im - this.im) : NotImplemented;
  }
  __mul__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? product(this, o) : NotImplemented;
  }
  __rmul__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? product(o, this) : NotImplemented;
  }
  __truediv__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? divide(this, o) : NotImplemented;
  }
  __rtruediv__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? divide(o, this) : NotImplemented;
  }
  __pow__(other: unknown, modulo: unknown = null): Operand {
    if (modulo !== null && modulo !== undefined) throw new ValueError("complex modulo");
    const o = toComplex(other);
    return o ? complexPow(this, o) : NotImplemented;
  }
  __rpow__(other: unknown): Operand {
    const o = toComplex(other);
    return o ? complexPow(o, this) : NotImplemented;
  }
  __neg__(): PyComplex {
    return new PyComplex(-this.re, -this.im);
  }
  __pos__(): PyComplex {
    return new PyComplex(this.re, this.im);
  }
  // complex_abs: hypot of the parts; an infinite result from finite parts overflows.
  __abs__(): PyFloat {
    const { re, im } = this;
    if (!Number.isFinite(re) || !Number.isFinite(im)) {
      if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return new PyFloat(Infinity);
      return new PyFloat(NaN);
    }
    const r = Math.hypot(re, im);
    if (!Number.isFinite(r)) throw new OverflowError("absolute value too large");
    return new PyFloat(r);
  }
  __bool__(): boolean {
    return this.re !== 0 || this.im !== 0;
  }

  // complex_richcompare: == against int and float compares exactly (a huge int too).
  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (other instanceof PyComplex) return this.re === other.re && this.im === other.im;
    if (isRealNumber(other)) return this.im === 0 && eq(new PyFloat(this.re), other);
    return NotImplemented;
  }
  __ne__(other: unknown): boolean | typeof NotImplemented {
    const r = this.__eq__(other);
    return r === NotImplemented ? r : !r;
  }

  // complex_hash: hash(real) + 1000003 * hash(imag), in unsigned 64-bit arithmetic.
  __pyhash__(): number | bigint {
    const combined = BigInt.asIntN(64, BigInt(hashFloat(this.re)) + 1000003n * BigInt(hashFloat(this.im)));
    const h = combined === -1n ? -2n : combined;
    return Number.isSafeInteger(Number(h)) ? Number(h) : h;
  }
  // A complex equal to a float or int is the same dict/set key as it.
  __pykey__(): unknown {
    return this.im === 0 ? keyOf(new PyFloat(this.re)) : new BucketKey(this.__pyhash__());
  }
  __stablehash__(): number | bigint | undefined {
    return Number.isNaN(this.re) || Number.isNaN(this.im) ? undefined : this.__pyhash__();
  }

  // complex_repr: parts in repr style without a trailing ".0"; no parentheses when the real
  // part is +0.
  __repr__(): string {
    if (this.re === 0 && !Object.is(this.re, -0)) return `${partRepr(this.im)}j`;
    const im = partRepr(this.im);
    return `(${partRepr(this.re)}${im.startsWith("-") ? "" : "+"}${im}j)`;
  }
  __str__(): string {
    return this.__repr__();
  }
  __format__(spec: string): string {
    return spec === "" ? this.__repr__() : formatComplex(this.re, this.im, spec);
  }
}

/** repr() of one part: `1` for 1.0, `-0`, `inf`, `nan`, `1e+16`. */
export function partRepr(x: number): string {
  return floatRepr(x).replace(/\.0$/, "");
}

function isRealNumber(x: unknown): boolean {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || x instanceof PyFloat;
}

/** An int, bool or float operand as a complex; undefined for anything else. */
export function toComplex(x: unknown): PyComplex | undefined {
  if (x instanceof PyComplex) return x;
  return isRealNumber(x) ? new PyComplex(asFloat(x)!, 0) : undefined;
}

// _Py_c_prod
function product(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

// _Py_c_quot: Smith's method, dividing through by the larger part of the divisor.
function quotient(a: PyComplex, b: PyComplex): PyComplex | undefined {
  const absRe = Math.abs(b.re);
  const absIm = Math.abs(b.im);
  if (absRe >= absIm) {
    if (absRe === 0) return undefined;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  return new PyComplex(NaN, NaN); // a NaN part in the divisor
}

function divide(a: PyComplex, b: PyComplex): PyComplex {
  const r = quotient(a, b);
  if (!r) throw new ZeroDivisionError("complex division by zero");
  return r;
}

const ONE = new PyComplex(1, 0);

// c_powu: binary exponentiation by repeated products.
function powUnsigned(x: PyComplex, n: number): PyComplex {
  let r = ONE;
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = product(r, p);
    p = product(p, p);
  }
  return r;
}

// _Py_c_pow: polar form. undefined stands for C's EDOM (zero to a negative or complex power).
function polarPow(a: PyComplex, b: PyComplex): PyComplex | undefined {
  if (b.re === 0 && b.im === 0) return ONE;
  if (a.re === 0 && a.im === 0) return b.im !== 0 || b.re < 0 ? undefined : new PyComplex(0, 0);
  const vabs = Math.hypot(a.re, a.im);
  let len = pow(vabs, b.re);
  const at = atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= exp(at * b.im);
    phase += b.im * log(vabs);
  }
  return new PyComplex(len * cos(phase), len * sin(phase));
}

// complex_pow: a small integral exponent multiplies out (more exactly); an infinite part of the
// result is an overflow.
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  let r: PyComplex | undefined;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    r = n > 0 ? powUnsigned(a, n) : quotient(ONE, powUnsigned(a, -n));
  } else {
    r = polarPow(a, b);
  }
  if (!r) throw new ZeroDivisionError("0.0 to a negative or complex power");
  if (Math.abs(r.re) === Infinity || Math.abs(r.im) === Infinity) throw new OverflowError("complex exponentiation");
  return r;
}

/** `x ** y` for a negative float and a fractional exponent: float_pow hands it to complex. */
export function negativeFloatPow(x: number, y: number): PyComplex {
  return complexPow(new PyComplex(x, 0), new PyComplex(y, 0));
}

export function isComplex(x: unknown): x is PyComplex {
  return x instanceof PyComplex;
}
