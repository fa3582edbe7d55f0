// numpy.ndarray: a strided view on a typed array (Float64Array for float64, BigInt64Array for
// int64, Uint8Array for bool), any number of dimensions. As in numpy, basic slicing returns a
// view sharing the buffer (writes through it show in the original); a boolean mask returns a
// copy. Integer-array ("fancy") indexing, None/newaxis and Ellipsis are not provided and raise.
import { IndexError, OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { PySlice } from "../builtins/bytes.js";
import { PyTuple } from "../builtins/tuple.js";
import { normInt, type PyInt } from "../builtins/num.js";
import { allocate, byKind, type dtype, type Kind, type Storage } from "./dtype.js";
import { bool_, float64, int64 } from "./scalars.js";

export type Element = number | bigint;

export class ndarray {
  static readonly __name__ = "ndarray";
  static readonly __module__ = "numpy";

  constructor(
    readonly dtype: dtype,
    /** The buffer; the array is the elements at _offset + Σ index[k] * _strides[k]. */
    readonly _data: Storage,
    readonly _shape: readonly number[],
    readonly _strides: readonly number[],
    readonly _offset: number,
  ) {}

  /** A fresh C-ordered array of this kind and shape, zero-filled. */
  static empty(kind: Kind, shape: readonly number[]): ndarray {
    const size = shape.reduce((a, b) => a * b, 1);
    return new ndarray(byKind(kind), allocate(kind, size), shape, cStrides(shape), 0);
  }

  get _kind(): Kind {
    return this.dtype.name;
  }

  get shape(): PyTuple<number> {
    return PyTuple.fromIterable(this._shape);
  }

  get ndim(): number {
    return this._shape.length;
  }

  get size(): number {
    return this._shape.reduce((a, b) => a * b, 1);
  }

  get itemsize(): number {
    return this.dtype.itemsize;
  }

  get nbytes(): number {
    return this.size * this.dtype.itemsize;
  }

  /** Transpose: a view with the axes reversed. */
  get T(): ndarray {
    return new ndarray(this.dtype, this._data, [...this._shape].reverse(), [...this._strides].reverse(), this._offset);
  }

  /** True when the elements are the buffer's, in C order, from _offset on. */
  get _contiguous(): boolean {
    let expected = 1;
    for (let k = this._shape.length - 1; k >= 0; k--) {
      if (this._shape[k] !== 1 && this._strides[k] !== expected) return false;
      expected *= this._shape[k]!;
    }
    return true;
  }

  /** Buffer offsets of every element, in C order. */
  _offsets(): Int32Array | { readonly start: number; readonly length: number } {
    const size = this.size;
    if (this._contiguous) return { start: this._offset, length: size };
    const out = new Int32Array(size);
    const ndim = this._shape.length;
    const index = new Array<number>(ndim).fill(0);
    let off = this._offset;
    for (let i = 0; i < size; i++) {
      out[i] = off;
      for (let k = ndim - 1; k >= 0; k--) {
        index[k]!++;
        off += this._strides[k]!;
        if (index[k]! < this._shape[k]!) break;
        off -= this._strides[k]! * this._shape[k]!;
        index[k] = 0;
      }
    }
    return out;
  }

  /** The elements in C order (numbers for float64 and bool, bigints for int64). */
  _elements(): Element[] {
    const offsets = this._offsets();
    const data = this._data;
    if (offsets instanceof Int32Array) return Array.from(offsets, (o) => data[o]!);
    return Array.from(data.subarray(offsets.start, offsets.start + offsets.length) as ArrayLike<Element>);
  }

  /** A C-ordered copy (the same object's data when already contiguous and whole). */
  _compact(): Storage {
    const offsets = this._offsets();
    if (!(offsets instanceof Int32Array)) return this._data.subarray(offsets.start, offsets.start + offsets.length);
    const out = allocate(this._kind, offsets.length);
    for (let i = 0; i < offsets.length; i++) (out as Element[] & Storage)[i] = this._data[offsets[i]!]!;
    return out;
  }

  copy(): ndarray {
    return new ndarray(this.dtype, this._compact().slice(), this._shape, cStrides(this._shape), 0);
  }

  __len__(): number {
    if (this._shape.length === 0) throw new TypeError("len() of unsized object");
    return this._shape[0]!;
  }

  __bool__(): boolean {
    if (this.size !== 1) {
      if (this.size === 0) throw new ValueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
      throw new ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    }
    return this._data[this._offset] != 0;
  }

  *[Symbol.iterator](): Generator<unknown> {
    if (this._shape.length === 0) throw new TypeError("iteration over a 0-d array");
    for (let i = 0; i < this._shape[0]!; i++) yield this.__getitem__(i);
  }

  __getitem__(key: unknown): unknown {
    if (key instanceof ndarray && key._kind === "bool") return this._masked(key);
    const { view, offset } = this._select(key);
    return view ?? scalar(this._kind, this._data[offset]!);
  }

  __setitem__(key: unknown, value: unknown): void {
    if (key instanceof ndarray && key._kind === "bool") {
      checkMask(this, key);
      const targets = this._offsets();
      const mask = key._elements();
      const values = broadcastValues(value, this._kind, mask.reduce<number>((n, m) => n + (m ? 1 : 0), 0));
      let j = 0;
      for (let i = 0; i < mask.length; i++) {
        if (!mask[i]) continue;
        const at = targets instanceof Int32Array ? targets[i]! : targets.start + i;
        (this._data as Element[] & Storage)[at] = values[j++]!;
      }
      return;
    }
    const { view, offset } = this._select(key);
    if (view === undefined) {
      (this._data as Element[] & Storage)[offset] = broadcastValues(value, this._kind, 1)[0]!;
      return;
    }
    const targets = view._offsets();
    const values = value instanceof ndarray ? broadcastArray(value, view._shape, this._kind) : broadcastValues(value, this._kind, view.size);
    for (let i = 0; i < values.length; i++) {
      const at = targets instanceof Int32Array ? targets[i]! : targets.start + i;
      (this._data as Element[] & Storage)[at] = values[i]!;
    }
  }

  /** Basic indexing: ints drop an axis, slices keep it (as a view). */
  private _select(key: unknown): { view?: ndarray; offset: number } {
    const items = key instanceof PyTuple ? [...key] : [key];
    if (items.length > this._shape.length) {
      throw new IndexError(`too many indices for array: array is ${this._shape.length}-dimensional, but ${items.length} were indexed`);
    }
    let offset = this._offset;
    const shape: number[] = [];
    const strides: number[] = [];
    items.forEach((item, axis) => {
      const n = this._shape[axis]!;
      const stride = this._strides[axis]!;
      if (item instanceof PySlice) {
        if (item.step !== null && item.step !== undefined && Number(item.step) === 0) throw new ValueError("slice step cannot be zero");
        const [start, stop, step] = item.indices(n);
        const length = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
        if (length > 0) offset += start * stride;
        shape.push(length);
        strides.push(stride * step);
        return;
      }
      const i = indexValue(item);
      if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
      offset += (i < 0 ? i + n : i) * stride;
    });
    shape.push(...this._shape.slice(items.length));
    strides.push(...this._strides.slice(items.length));
    if (shape.length === 0) return { offset };
    return { view: new ndarray(this.dtype, this._data, shape, strides, offset), offset };
  }

  private _masked(mask: ndarray): ndarray {
    checkMask(this, mask);
    const values = this._elements();
    const flags = mask._elements();
    const picked = values.filter((_, i) => flags[i]);
    const out = ndarray.empty(this._kind, [picked.length]);
    (out._data as Storage).set(picked as never);
    return out;
  }

  tolist(): unknown {
    const values = this._elements().map((v) => pythonValue(this._kind, v));
    if (this._shape.length === 0) return values[0];
    const nest = (axis: number, start: number): unknown[] => {
      const n = this._shape[axis]!;
      if (axis === this._shape.length - 1) return values.slice(start, start + n);
      const inner = this._shape.slice(axis + 1).reduce((a, b) => a * b, 1);
      return Array.from({ length: n }, (_, i) => nest(axis + 1, start + i * inner));
    };
    return nest(0, 0);
  }

  item(): unknown {
    if (this.size !== 1) throw new ValueError("can only convert an array of size 1 to a Python scalar");
    return pythonValue(this._kind, this._elements()[0]!);
  }

  reshape(...args: unknown[]): ndarray {
    const wanted = args.length === 1 && (args[0] instanceof PyTuple || Array.isArray(args[0])) ? [...(args[0] as unknown[])] : args;
    const shape = wanted.map(indexValue);
    const unknown = shape.indexOf(-1);
    const known = shape.reduce((a, b) => (b === -1 ? a : a * b), 1);
    if (unknown >= 0 && known > 0 && this.size % known === 0) shape[unknown] = this.size / known;
    if (shape.reduce((a, b) => a * b, 1) !== this.size || shape.some((n) => n < 0)) {
      // numpy writes this shape without spaces, and an unknown (-1) dimension as "newaxis".
      const dims = wanted.map(indexValue).map((n) => (n === -1 ? "newaxis" : String(n)));
      throw new ValueError(`cannot reshape array of size ${this.size} into shape (${dims.join(",")}${dims.length === 1 ? "," : ""})`);
    }
    const data = this._contiguous ? this._data : this._compact();
    return new ndarray(this.dtype, data, shape, cStrides(shape), this._contiguous ? this._offset : 0);
  }

  flatten(): ndarray {
    return new ndarray(this.dtype, this._compact().slice(), [this.size], [1], 0);
  }

  ravel(): ndarray {
    return this.reshape(-1);
  }

  fill(value: unknown): null {
    this.__setitem__(new PySlice(null, null, null), value);
    return null;
  }

  __hash__(): never {
    throw new TypeError("unhashable type: 'numpy.ndarray'");
  }
}
Object.defineProperty(ndarray.prototype, "__pytype__", { value: "numpy.ndarray" });

export function cStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k]!;
  }
  return strides;
}

/** `(2, 3)`, `(5,)`, `()`: a shape as Python shows the tuple. */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** The numpy scalar an element reads as. */
export function scalar(kind: Kind, v: Element): float64 | int64 | bool_ {
  if (kind === "float64") return new float64(v as number);
  if (kind === "int64") return new int64(v as bigint);
  return bool_.of(v !== 0);
}

/** The Python value `tolist()`/`item()` give for an element. */
export function pythonValue(kind: Kind, v: Element): PyFloat | PyInt | boolean {
  if (kind === "float64") return new PyFloat(v as number);
  if (kind === "int64") return normInt(v as bigint);
  return v !== 0;
}

/** An element converted to the storage of `kind`, as numpy's unsafe casts do. */
export function cast(v: Element, from: Kind, to: Kind): Element {
  if (from === to) return v;
  if (to === "float64") return Number(v);
  if (to === "bool") return v != 0 ? 1 : 0;
  if (from === "bool") return BigInt(v);
  const n = v as number;
  return Number.isFinite(n) ? BigInt.asIntN(64, BigInt(Math.trunc(n))) : -(2n ** 63n);
}

export function indexValue(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  const index = (x as { __index__?: () => unknown } | null)?.__index__;
  if (x !== null && typeof x === "object" && typeof index === "function" && !(x instanceof bool_)) return Number(index.call(x));
  if (x === null || x === undefined) throw new IndexError("py2ts: numpy indexing with None (np.newaxis) is not supported");
  if (x instanceof ndarray || Array.isArray(x)) throw new IndexError("py2ts: numpy integer-array (fancy) indexing is not supported");
  throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
}

function checkMask(array: ndarray, mask: ndarray): void {
  if (mask._shape.length !== array._shape.length || mask._shape.some((n, k) => n !== array._shape[k])) {
    throw new IndexError(`boolean index did not match indexed array along axis 0; size of axis is ${array._shape[0]} but size of corresponding boolean axis is ${mask._shape[0]}`);
  }
}

/** A Python scalar (or numpy scalar) as `count` elements of `kind`. */
function broadcastValues(value: unknown, kind: Kind, count: number): Element[] {
  if (value instanceof ndarray) {
    const from = value._kind;
    if (value.size === count) return value._elements().map((v) => cast(v, from, kind));
    if (value.size !== 1) throw new ValueError(`NumPy boolean array indexing assignment cannot assign ${value.size} input values to the ${count} output values where the mask is true`);
    value = scalar(value._kind, value._elements()[0]!);
  }
  const [v, from] = elementOf(value);
  return new Array<Element>(count).fill(cast(v, from, kind));
}

function broadcastArray(value: ndarray, shape: readonly number[], kind: Kind): Element[] {
  const same = value._shape.length === shape.length && value._shape.every((n, k) => n === shape[k]);
  const size = shape.reduce((a, b) => a * b, 1);
  if (same) return value._elements().map((v) => cast(v, value._kind, kind));
  if (value.size === 1) return broadcastValues(value, kind, size);
  throw new ValueError(`could not broadcast input array from shape ${shapeText(value._shape)} into shape ${shapeText(shape)}`);
}

/** A Python or numpy scalar as an element and its kind; anything else is a TypeError. */
export function elementOf(value: unknown): [Element, Kind] {
  if (typeof value === "boolean") return [value ? 1 : 0, "bool"];
  if (value instanceof bool_) return [value.value ? 1 : 0, "bool"];
  if (typeof value === "number" && Number.isInteger(value)) return [BigInt(value), "int64"];
  if (typeof value === "bigint") {
    if (BigInt.asIntN(64, value) !== value) throw new OverflowError("Python int too large to convert to C long");
    return [value, "int64"];
  }
  if (value instanceof int64) return [value.value, "int64"];
  if (value instanceof PyFloat) return [value.value, "float64"];
  if (typeof value === "number") return [value, "float64"];
  throw new TypeError(`py2ts: a numpy array element must be a number or bool, not '${(value as object | null)?.constructor?.name ?? typeof value}'`);
}
