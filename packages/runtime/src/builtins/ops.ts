// The rest of the operator module: **, shifts, bitwise, unary, in-place forms.
import { NotImplementedError, OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { normInt, type PyInt } from "./num.js";
import { PyDict } from "./dict.js";
import { isViewOperation, viewOperators } from "./dictview-ops.js";
import { PySet, PySetBase } from "./set.js";
import { typeName } from "./typename.js";
import { add, asFloat, asInt, binaryDunder, floordiv, isFloatOperand, mod, mul, sub, truediv } from "./arith.js";
import { truth } from "./truth.js";
import { crPow } from "../math/correct.js";
import { negativeFloatPow, PyComplex } from "./complex.js";

const big = (x: PyInt): bigint => (typeof x === "bigint" ? x : BigInt(x));

function floatPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === 0 && y < 0 && Number.isFinite(y)) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  // CPython calls glibc's pow, which rounds (all but) correctly; V8's Math.pow is often an ulp off.
  const r = crPow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new OverflowError(34, "Numerical result out of range");
  }
  return r;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new ValueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

export function pow(a: unknown, b: unknown, m?: unknown): any {
  if (m !== undefined && m !== null) return modPow(a, b, m);
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) {
    if (ib >= 0) return normInt(big(ia) ** big(ib));
    return new PyFloat(floatPow(asFloat(ia)!, asFloat(ib)!));
  }
  if ((isFloatOperand(a) || ia !== undefined) && (isFloatOperand(b) || ib !== undefined)) {
    const x = asFloat(a)!;
    const y = asFloat(b)!;
    // float_pow: a negative base to a fractional power is complex_pow's to answer.
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) return negativeFloatPow(x, y);
    return new PyFloat(floatPow(x, y));
  }
  return binaryDunder(a, b, "pow", "** or pow()");
}

function modPow(a: unknown, b: unknown, m: unknown): PyInt {
  const ia = asInt(a);
  const ib = asInt(b);
  const im = asInt(m);
  if (ia === undefined || ib === undefined || im === undefined) {
    if (a instanceof PyComplex || b instanceof PyComplex) throw new ValueError("complex modulo");
    throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  let mm = big(im);
  if (mm === 0n) throw new ValueError("pow() 3rd argument cannot be 0");
  const negMod = mm < 0n;
  if (negMod) mm = -mm;
  let base = ((big(ia) % mm) + mm) % mm;
  let e = big(ib);
  if (e < 0n) {
    base = modInverse(base, mm);
    e = -e;
  }
  let r = 1n % mm;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mm;
    base = (base * base) % mm;
    e >>= 1n;
  }
  if (negMod && r !== 0n) r -= mm;
  return normInt(r);
}

function intPair(a: unknown, b: unknown): [PyInt, PyInt] | undefined {
  const ia = asInt(a);
  const ib = asInt(b);
  return ia !== undefined && ib !== undefined ? [ia, ib] : undefined;
}

export function lshift(a: unknown, b: unknown): any {
  const p = intPair(a, b);
  if (!p) return binaryDunder(a, b, "lshift", "<<");
  if (p[1] < 0) throw new ValueError("negative shift count");
  return normInt(big(p[0]) << big(p[1]));
}

export function rshift(a: unknown, b: unknown): any {
  const p = intPair(a, b);
  if (!p) return binaryDunder(a, b, "rshift", ">>");
  if (p[1] < 0) throw new ValueError("negative shift count");
  return normInt(big(p[0]) >> big(p[1]));
}

type SetOp = "union" | "intersection" | "difference" | "symmetric_difference";

function bitwise(a: unknown, b: unknown, name: string, symbol: string, f: (x: bigint, y: bigint) => bigint, setOp?: SetOp): unknown {
  if (typeof a === "boolean" && typeof b === "boolean") return f(BigInt(a), BigInt(b)) !== 0n;
  const p = intPair(a, b);
  if (p) return normInt(f(big(p[0]), big(p[1])));
  if (setOp && a instanceof PySetBase && b instanceof PySetBase) return a[setOp](b);
  if (setOp && isViewOperation(a, b, name)) return viewOperators[name as "or" | "and" | "xor"](a, b);
  if (name === "or" && a instanceof PyDict && b instanceof PyDict) {
    const d = a.copy();
    d.update(b);
    return d;
  }
  return binaryDunder(a, b, name, symbol);
}

export const and_ = (a: unknown, b: unknown): unknown => bitwise(a, b, "and", "&", (x, y) => x & y, "intersection");
export const or_ = (a: unknown, b: unknown): unknown => bitwise(a, b, "or", "|", (x, y) => x | y, "union");
export const xor = (a: unknown, b: unknown): unknown => bitwise(a, b, "xor", "^", (x, y) => x ^ y, "symmetric_difference");
export const matmul = (a: unknown, b: unknown): unknown => binaryDunder(a, b, "matmul", "@");

function unary(a: unknown, name: string, symbol: string): unknown {
  const m = (a as Record<string, unknown> | null)?.[`__${name}__`];
  if (typeof m === "function" && a !== null && typeof a === "object") return m.call(a);
  throw new TypeError(`bad operand type for ${symbol}: '${typeName(a)}'`);
}

export function neg(a: unknown): any {
  const i = asInt(a);
  if (i !== undefined) return typeof i === "number" ? 0 - i : normInt(-i);
  if (isFloatOperand(a)) return new PyFloat(-asFloat(a)!);
  return unary(a, "neg", "unary -");
}

export function pos(a: unknown): any {
  const i = asInt(a);
  if (i !== undefined) return i;
  if (isFloatOperand(a)) return new PyFloat(asFloat(a)!);
  return unary(a, "pos", "unary +");
}

export function invert(a: unknown): any {
  const i = asInt(a);
  if (i !== undefined) return typeof i === "number" ? -i - 1 : normInt(-i - 1n);
  return unary(a, "invert", "unary ~");
}

export function abs(a: unknown): any {
  const i = asInt(a);
  if (i !== undefined) return i < 0 ? neg(i) : i;
  if (isFloatOperand(a)) return new PyFloat(Math.abs(asFloat(a)!));
  const m = (a as Record<string, unknown> | null)?.__abs__;
  if (typeof m === "function" && a !== null && typeof a === "object") return m.call(a);
  throw new TypeError(`bad operand type for abs(): '${typeName(a)}'`);
}

export const not_ = (a: unknown): boolean => !truth(a);

export function concat(a: unknown, b: unknown): any {
  const seq = (x: unknown) => typeof x === "string" || Array.isArray(x);
  if (!seq(a)) throw new TypeError(`'${typeName(a)}' object can't be concatenated`);
  return add(a, b);
}

// In-place forms: mutable builtins change in place and return the target (list += extends).
function inplace(a: unknown, b: unknown, name: string, fallback: (x: unknown, y: unknown) => unknown): unknown {
  const m = (a as Record<string, unknown> | null)?.[`__i${name}__`];
  if (typeof m === "function" && a !== null && typeof a === "object") {
    const r = m.call(a, b);
    if (r !== NotImplementedSym) return r;
  }
  try {
    return fallback(a, b);
  } catch (e) {
    // CPython names the augmented operator: "unsupported operand type(s) for -=: ...".
    if (e instanceof TypeError) {
      const m = /^unsupported operand type\(s\) for (\S+?)(?: or pow\(\))?: (.*)$/s.exec(e.message);
      if (m) throw new TypeError(`unsupported operand type(s) for ${m[1]}=: ${m[2]}`);
    }
    throw e;
  }
}
const NotImplementedSym = Symbol.for("py2ts.NotImplemented");

export function iadd(a: unknown, b: unknown): any {
  if (Array.isArray(a) && a.constructor === Array) {
    if (typeof b === "string" || (b !== null && typeof b === "object" && Symbol.iterator in b)) {
      for (const x of b as Iterable<unknown>) a.push(x);
      return a;
    }
    throw new TypeError(`'${typeName(b)}' object is not iterable`);
  }
  return inplace(a, b, "add", add);
}

export function imul(a: unknown, b: unknown): any {
  if (Array.isArray(a) && a.constructor === Array && asInt(b) !== undefined) {
    const copy = a.slice();
    a.length = 0;
    for (let i = 0; i < Number(asInt(b)); i++) a.push(...copy);
    return a;
  }
  return inplace(a, b, "mul", mul);
}

function setInplace(a: unknown, b: unknown, op: "update" | "intersection_update" | "difference_update" | "symmetric_difference_update", name: string, f: (x: unknown, y: unknown) => unknown): unknown {
  if (a instanceof PySet && b instanceof PySetBase) {
    a[op](b);
    return a;
  }
  if (name === "or" && a instanceof PyDict) {
    a.update(b);
    return a;
  }
  return inplace(a, b, name, f);
}

export const isub = (a: unknown, b: unknown): unknown => setInplace(a, b, "difference_update", "sub", sub);
export const iand = (a: unknown, b: unknown): unknown => setInplace(a, b, "intersection_update", "and", and_);
export const ior = (a: unknown, b: unknown): unknown => setInplace(a, b, "update", "or", or_);
export const ixor = (a: unknown, b: unknown): unknown => setInplace(a, b, "symmetric_difference_update", "xor", xor);
export const itruediv = (a: unknown, b: unknown): unknown => inplace(a, b, "truediv", truediv);
export const ifloordiv = (a: unknown, b: unknown): unknown => inplace(a, b, "floordiv", floordiv);
export const imod = (a: unknown, b: unknown): unknown => inplace(a, b, "mod", mod);
export const ipow = (a: unknown, b: unknown): unknown => inplace(a, b, "pow", (x, y) => pow(x, y));
export const ilshift = (a: unknown, b: unknown): unknown => inplace(a, b, "lshift", lshift);
export const irshift = (a: unknown, b: unknown): unknown => inplace(a, b, "rshift", rshift);
export const imatmul = (a: unknown, b: unknown): unknown => inplace(a, b, "matmul", matmul);
export const iconcat = (a: unknown, b: unknown): unknown => iadd(a, b);

