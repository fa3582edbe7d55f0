// Elementwise arithmetic and comparison with numpy's broadcasting and type promotion (bool <
// int64 < float64; a Python int, float or bool takes the array's kind when that is wider, as
// NEP 50's "weak" scalars do). Integer results wrap at 64 bits as numpy's do. numpy's floating
// point warnings (divide by zero, overflow…) are not printed; the values are numpy's.
import { TypeError, ValueError, ZeroDivisionError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/compare.js";
import { PyFloat } from "../builtins/float.js";
import { allocate, byKind, promote, type Kind, type Storage } from "./dtype.js";
import { cStrides, elementOf, ndarray, scalar, shapeText, type Element } from "./ndarray.js";

export type BinaryOp = "add" | "sub" | "mul" | "truediv" | "floordiv" | "mod" | "pow" | "eq" | "ne" | "lt" | "le" | "gt" | "ge";

const COMPARISONS = new Set<BinaryOp>(["eq", "ne", "lt", "le", "gt", "ge"]);

/** An operand as an array: a Python or numpy scalar becomes a 0-d array. */
export function asOperand(x: unknown): ndarray | undefined {
  if (x instanceof ndarray) return x;
  let element: [Element, Kind];
  try {
    element = elementOf(x);
  } catch (e) {
    if (e instanceof TypeError) return undefined;
    throw e;
  }
  const out = ndarray.empty(element[1], []);
  (out._data as Element[] & Storage)[0] = element[0];
  return out;
}

/** A Python int beyond int64 meeting a float64 array is converted to float, as numpy does;
 *  with an int array it is numpy's OverflowError (elementOf). */
function wideInt(x: unknown, other: unknown): unknown {
  if (typeof x === "bigint" && BigInt.asIntN(64, x) !== x && other instanceof ndarray && other._kind === "float64") return new PyFloat(Number(x));
  return x;
}

function broadcastShape(a: ndarray, b: ndarray): number[] {
  const ndim = Math.max(a._shape.length, b._shape.length);
  const shape: number[] = [];
  for (let k = 0; k < ndim; k++) {
    const x = a._shape[a._shape.length - ndim + k] ?? 1;
    const y = b._shape[b._shape.length - ndim + k] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new ValueError(`operands could not be broadcast together with shapes ${shapeText(a._shape)} ${shapeText(b._shape)} `);
    shape.push(x === 1 ? y : x);
  }
  return shape;
}

/** The buffer offset of each output element for an operand broadcast to `shape`. */
function operandOffsets(op: ndarray, shape: readonly number[], size: number): (i: number) => number {
  const same = op._shape.length === shape.length && op._shape.every((n, k) => n === shape[k]);
  if (same) {
    const offsets = op._offsets();
    return offsets instanceof Int32Array ? (i) => offsets[i]! : (i) => offsets.start + i;
  }
  if (op.size === 1) return () => op._offset;
  const pad = shape.length - op._shape.length;
  const strides = shape.map((n, k) => (k < pad || op._shape[k - pad] === 1 ? 0 : op._strides[k - pad]!));
  const out = new Int32Array(size);
  const outStrides = cStrides(shape);
  for (let i = 0; i < size; i++) {
    let rest = i;
    let off = op._offset;
    for (let k = 0; k < shape.length; k++) {
      const idx = Math.floor(rest / outStrides[k]!);
      rest -= idx * outStrides[k]!;
      off += idx * strides[k]!;
    }
    out[i] = off;
  }
  return (i) => out[i]!;
}

/** `a <op> b` for arrays and scalars; NotImplemented when an operand is no number. A 0-d
 *  result is a numpy scalar, as in numpy. */
export function binary(op: BinaryOp, left: unknown, right: unknown): unknown {
  const a = asOperand(wideInt(left, right));
  const b = asOperand(wideInt(right, left));
  if (a === undefined || b === undefined) return NotImplemented;
  const shape = broadcastShape(a, b);
  const size = shape.reduce((x, y) => x * y, 1);
  const common = promote(a._kind, b._kind);
  const compute: Kind = op === "truediv" ? "float64" : common;
  const resultKind: Kind = COMPARISONS.has(op) ? "bool" : compute;
  checkBoolOp(op, compute);
  const out = allocate(resultKind, size) as Element[] & Storage;
  const ao = operandOffsets(a, shape, size);
  const bo = operandOffsets(b, shape, size);
  const ad = a._data;
  const bd = b._data;
  if (compute === "float64" && floatFastPath(op, asFloat(a), asFloat(b), shape, out as unknown as Float64Array | Uint8Array)) {
    // done: contiguous operands of the result's shape, or scalars
  } else if (compute === "float64") {
    const f = FLOAT_OPS[op];
    const fa = a._kind !== "float64";
    const fb = b._kind !== "float64";
    for (let i = 0; i < size; i++) {
      const x = fa ? Number(ad[ao(i)]) : (ad[ao(i)] as number);
      const y = fb ? Number(bd[bo(i)]) : (bd[bo(i)] as number);
      out[i] = f(x, y);
    }
  } else if (compute === "int64") {
    const f = INT_OPS[op];
    for (let i = 0; i < size; i++) out[i] = f(BigInt(ad[ao(i)]!), BigInt(bd[bo(i)]!));
  } else {
    const f = BOOL_OPS[op]!;
    for (let i = 0; i < size; i++) out[i] = f(ad[ao(i)] as number, bd[bo(i)] as number);
  }
  if (shape.length === 0) return scalar(resultKind, out[0]!);
  return new ndarray(byKind(resultKind), out, shape, cStrides(shape), 0);
}

/** A single int or bool value as a float64 operand (x ** 2), so the fast path takes it. */
function asFloat(x: ndarray): ndarray {
  if (x._kind === "float64" || x.size !== 1) return x;
  return asOperand(new PyFloat(Number(x._data[x._offset])))!;
}

/** Float64 operands that are contiguous with the result's shape or single values: plain
 *  loops over the typed arrays, without per-element offset lookups. */
function floatFastPath(op: BinaryOp, a: ndarray, b: ndarray, shape: readonly number[], out: Float64Array | Uint8Array): boolean {
  const fits = (x: ndarray): boolean => x.size === 1 || (x._contiguous && x._shape.length === shape.length && x._shape.every((n, k) => n === shape[k]));
  if (a._kind !== "float64" || b._kind !== "float64" || !fits(a) || !fits(b)) return false;
  const ad = a._data as Float64Array;
  const bd = b._data as Float64Array;
  const ao = a._offset;
  const bo = b._offset;
  const as = a.size === 1 && out.length !== 1 ? 0 : 1;
  const bs = b.size === 1 && out.length !== 1 ? 0 : 1;
  const n = out.length;
  switch (op) {
    case "add":
      for (let i = 0; i < n; i++) out[i] = ad[ao + i * as]! + bd[bo + i * bs]!;
      return true;
    case "sub":
      for (let i = 0; i < n; i++) out[i] = ad[ao + i * as]! - bd[bo + i * bs]!;
      return true;
    case "mul":
      for (let i = 0; i < n; i++) out[i] = ad[ao + i * as]! * bd[bo + i * bs]!;
      return true;
    case "truediv":
      for (let i = 0; i < n; i++) out[i] = ad[ao + i * as]! / bd[bo + i * bs]!;
      return true;
    default: {
      const f = FLOAT_OPS[op];
      for (let i = 0; i < n; i++) out[i] = f(ad[ao + i * as]!, bd[bo + i * bs]!);
      return true;
    }
  }
}

function checkBoolOp(op: BinaryOp, kind: Kind): void {
  if (kind !== "bool" || BOOL_OPS[op]) return;
  if (op === "sub") throw new TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
  throw new TypeError(`py2ts: numpy '${op}' between two bool operands (an int8 result) is not supported`);
}

// numpy's npy_divmod: Python's floor division and modulo, but x/0 gives inf/nan, not an error.
function floorDiv(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

function floatMod(a: number, b: number): number {
  if (b === 0) return NaN;
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 ? -0 : 0;
  return mod;
}

// C's pow where JS's Math.pow differs: 1**nan and (-1)**±inf are 1.
function cPow(a: number, b: number): number {
  if (a === 1 || b === 0) return 1;
  if (a === -1 && !Number.isFinite(b) && !Number.isNaN(b)) return 1;
  return Math.pow(a, b);
}

const FLOAT_OPS: Record<BinaryOp, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  truediv: (a, b) => a / b,
  floordiv: floorDiv,
  mod: floatMod,
  pow: cPow,
  eq: (a, b) => (a === b ? 1 : 0),
  ne: (a, b) => (a !== b ? 1 : 0),
  lt: (a, b) => (a < b ? 1 : 0),
  le: (a, b) => (a <= b ? 1 : 0),
  gt: (a, b) => (a > b ? 1 : 0),
  ge: (a, b) => (a >= b ? 1 : 0),
};

function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const q = a / b;
  return (a % b !== 0n && a < 0n !== b < 0n) ? q - 1n : q;
}

function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

function intPow(a: bigint, b: bigint): bigint {
  if (b < 0n) throw new ValueError("Integers to negative integer powers are not allowed.");
  let result = 1n;
  let base = a;
  for (let e = b; e > 0n; e >>= 1n) {
    if (e & 1n) result = BigInt.asIntN(64, result * base);
    base = BigInt.asIntN(64, base * base);
  }
  return result;
}

const INT_OPS: Record<BinaryOp, (a: bigint, b: bigint) => Element> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  truediv: () => {
    throw new ZeroDivisionError("unreachable: truediv computes in float64");
  },
  floordiv: intFloorDiv,
  mod: intMod,
  pow: intPow,
  eq: (a, b) => (a === b ? 1 : 0),
  ne: (a, b) => (a !== b ? 1 : 0),
  lt: (a, b) => (a < b ? 1 : 0),
  le: (a, b) => (a <= b ? 1 : 0),
  gt: (a, b) => (a > b ? 1 : 0),
  ge: (a, b) => (a >= b ? 1 : 0),
};

// bool + bool is logical or and bool * bool logical and, as in numpy.
const BOOL_OPS: Partial<Record<BinaryOp, (a: number, b: number) => number>> = {
  add: (a, b) => a | b,
  mul: (a, b) => a & b,
  eq: (a, b) => (a === b ? 1 : 0),
  ne: (a, b) => (a !== b ? 1 : 0),
  lt: (a, b) => (a < b ? 1 : 0),
  le: (a, b) => (a <= b ? 1 : 0),
  gt: (a, b) => (a > b ? 1 : 0),
  ge: (a, b) => (a >= b ? 1 : 0),
};

export type UnaryOp = "neg" | "pos" | "abs";

export function unary(op: UnaryOp, x: unknown): unknown {
  const a = asOperand(x)!;
  if (a._kind === "bool" && op === "neg") throw new TypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
  const size = a.size;
  const out = allocate(a._kind, size) as Element[] & Storage;
  const values = a._elements();
  for (let i = 0; i < size; i++) {
    const v = values[i]!;
    if (op === "pos") out[i] = v;
    else if (typeof v === "bigint") out[i] = op === "neg" ? -v : v < 0n ? -v : v;
    else out[i] = a._kind === "bool" ? v : op === "neg" ? -v : Math.abs(v);
  }
  if (a._shape.length === 0) return scalar(a._kind, out[0]!);
  return new ndarray(a.dtype, out, a._shape, cStrides(a._shape), 0);
}
