// multiprocessing.sharedctypes: C scalars and arrays in a SharedArrayBuffer (RawValue, RawArray)
// and their lock-carrying wrappers (Value, Array). `.value` reads and writes are plain loads and
// stores, so `v.value += 1` is a read then a write, exactly as racy as in CPython.
import { AssertionError, AttributeError, IndexError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes, PySlice } from "../builtins/bytes.js";
import { objectId } from "../builtins/hash.js";
import { repr } from "../builtins/repr.js";
import "./shared-ctypes-handles.js";
import { splitKwargs } from "../builtins/call.js";
import { ctypeFor, type CType } from "./shared-ctypes-codec.js";
import { RLock, type SemLock } from "./synchronize.js";

/** Marks the runtime's own construction of a scalar (type and buffer given), as opposed to a
 *  Python call `c_int(5)`. */
const INTERNAL: unique symbol = Symbol("ctypes scalar");

/** A ctypes scalar (c_int(0)…): what RawValue returns, in shared memory, and what the ctypes
 *  module's classes make, in memory of their own. Each C type has one subclass (scalarClass). */
export class CValue {
  static readonly __module__: string = "ctypes";
  readonly _type: CType;
  readonly _buffer: ArrayBuffer | SharedArrayBuffer;
  readonly _view: DataView;

  constructor(...args: unknown[]) {
    if (args[0] === INTERNAL) {
      this._type = args[1] as CType;
      this._buffer = args[2] as ArrayBuffer | SharedArrayBuffer;
    } else {
      // c_int(), c_int(5): the class's own C type, in a buffer of its own.
      const type = (this.constructor as { _ctype?: CType })._ctype;
      if (type === undefined) throw new TypeError("abstract class");
      if (args.length > 1) throw new TypeError(`${type.name}() takes at most 1 argument (${args.length} given)`);
      this._type = type;
      this._buffer = new ArrayBuffer(type.size);
    }
    this._view = new DataView(this._buffer);
    if (args[0] !== INTERNAL && args.length === 1) this.value = args[0];
  }

  get value(): unknown {
    return this._type.read(this._view, 0);
  }

  set value(value: unknown) {
    this._type.write(this._view, 0, value);
  }

  __repr__(): string {
    return `${this._type.name}(${repr(this.value)})`;
  }
}

/** A ctypes array (c_int_Array_5) in shared memory: what RawArray returns. */
export class CArray {
  static readonly __module__ = "multiprocessing.sharedctypes";
  readonly _view: DataView;

  constructor(
    readonly _type: CType,
    readonly _buffer: SharedArrayBuffer,
    readonly _length: number,
  ) {
    this._view = new DataView(_buffer);
  }

  __len__(): number {
    return this._length;
  }

  __getitem__(index: unknown): unknown {
    if (index instanceof PySlice) {
      const items = this._slice(index).map((i) => this._read(i));
      if (this._type.typecode === "c") return new PyBytes(Uint8Array.from(items as PyBytes[], (b) => b.bytes[0]!));
      if (this._type.typecode === "u") return (items as string[]).join("");
      return items;
    }
    return this._read(this._index(index));
  }

  __setitem__(index: unknown, value: unknown): void {
    if (index instanceof PySlice) {
      const positions = this._slice(index);
      const items = value instanceof PyBytes ? [...value.bytes] : typeof value === "string" ? [...value] : [...(value as Iterable<unknown>)];
      if (items.length !== positions.length) throw new ValueError("Can only assign sequence of same size");
      positions.forEach((position, i) => this._type.write(this._view, position * this._type.size, items[i]));
      return;
    }
    this._type.write(this._view, this._index(index) * this._type.size, value);
  }

  *[Symbol.iterator](): Generator<unknown> {
    for (let i = 0; i < this._length; i++) yield this._read(i);
  }

  /** c_char arrays: the bytes up to the first NUL. */
  get value(): unknown {
    if (this._type.typecode !== "c") throw new TypeError(`'${this._arrayName()}' object has no attribute 'value'`);
    const raw = this._raw();
    const end = raw.indexOf(0);
    return new PyBytes(end < 0 ? raw : raw.slice(0, end));
  }

  set value(value: unknown) {
    if (!(value instanceof PyBytes)) throw new TypeError(`bytes expected instead of ${typeof value} instance`);
    if (value.bytes.length > this._length) throw new ValueError("byte string too long");
    const target = new Uint8Array(this._buffer);
    target.set(value.bytes);
    if (value.bytes.length < this._length) target[value.bytes.length] = 0;
  }

  get raw(): PyBytes {
    return new PyBytes(this._raw());
  }

  __repr__(): string {
    return `<multiprocessing.sharedctypes.${this._arrayName()} object at 0x${objectId(this).toString(16)}>`;
  }

  _arrayName(): string {
    return `${this._type.name}_Array_${this._length}`;
  }

  private _raw(): Uint8Array {
    return new Uint8Array(this._buffer).slice(0, this._length);
  }

  private _read(i: number): unknown {
    return this._type.read(this._view, i * this._type.size);
  }

  private _index(index: unknown): number {
    let i = typeof index === "bigint" ? Number(index) : typeof index === "boolean" ? Number(index) : index;
    if (typeof i !== "number" || !Number.isInteger(i)) throw new TypeError("indices must be integers");
    if (i < 0) i += this._length;
    if (i < 0 || i >= this._length) throw new IndexError("invalid index");
    return i;
  }

  private _slice(slice: PySlice): number[] {
    const [start, stop, step] = slice.indices(this._length);
    const out: number[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
    return out;
  }
}

// type(obj).__name__ is the ctypes type: c_int for a scalar, c_int_Array_3 for an array, so
// each shape gets its own subclass (made once, then reused). A scalar's class is also the ctypes
// module's class of that name.
const shapeClasses = new Map<string, typeof CValue | typeof CArray>();

export function newCValue(type: CType, buffer: ArrayBuffer | SharedArrayBuffer): CValue {
  return new (scalarClass(type))(INTERNAL, type, buffer);
}

/** The ctypes class of a C type (ctypes.c_int…): RawValue(c_int, …) returns its instances. */
export function scalarClass(type: CType): typeof CValue {
  const known = shapeClasses.get(type.name) as typeof CValue | undefined;
  if (known !== undefined) return known;
  const name = type.name;
  const cls = class extends CValue {
    static readonly __name__ = name;
    static override readonly __module__: string = "ctypes";
    static readonly _type_ = type.typecode === "q" ? "l" : type.typecode === "Q" ? "L" : type.typecode;
    static readonly _ctype = type;
  };
  Object.defineProperty(cls, "name", { value: name });
  shapeClasses.set(name, cls);
  return cls;
}

export function newCArray(type: CType, buffer: SharedArrayBuffer, length: number): CArray {
  const cls = shapeClass(`${type.name}_Array_${length}`, CArray);
  return new cls(type, buffer, length);
}

function shapeClass(name: string, base: typeof CArray): typeof CArray {
  let cls = shapeClasses.get(name) as typeof CArray | undefined;
  if (cls === undefined) {
    cls = class extends base { static readonly __name__ = name; };
    shapeClasses.set(name, cls);
  }
  return cls;
}

/** What Value/Array wrap around a raw object: the lock that `with v:` takes. */
class SynchronizedBase<T extends CValue | CArray> {
  static readonly __module__ = "multiprocessing.sharedctypes";

  constructor(
    readonly _obj: T,
    readonly _lock: SemLock,
  ) {}

  get_obj(): T {
    return this._obj;
  }

  get_lock(): SemLock {
    return this._lock;
  }

  acquire(...args: unknown[]): Promise<boolean> {
    return this._lock.acquire(...args);
  }

  release(): void {
    this._lock.release();
  }

  __enter__(): Promise<boolean> {
    return this._lock.__enter__();
  }

  __exit__(...args: unknown[]): void {
    this._lock.__exit__(...args);
  }
}

export class Synchronized extends SynchronizedBase<CValue> {
  get value(): unknown {
    return this._obj.value;
  }
  set value(value: unknown) {
    this._obj.value = value;
  }
  __repr__(): string {
    return `<Synchronized wrapper for ${this._obj.__repr__()}>`;
  }
}

export class SynchronizedArray extends SynchronizedBase<CArray> {
  __len__(): number {
    return this._obj.__len__();
  }
  __getitem__(index: unknown): unknown {
    return this._obj.__getitem__(index);
  }
  __setitem__(index: unknown, value: unknown): void {
    this._obj.__setitem__(index, value);
  }
  [Symbol.iterator](): Generator<unknown> {
    return this._obj[Symbol.iterator]();
  }
  getitem(index: unknown): unknown {
    return this.__getitem__(index);
  }
  setitem(index: unknown, value: unknown): void {
    this.__setitem__(index, value);
  }
  get len(): number {
    return this.__len__();
  }
  __repr__(): string {
    return `<${this.constructor.name} wrapper for ${this._obj.__repr__()}>`;
  }
}

/** Array('c', …): adds `.value` and `.raw`. */
export class SynchronizedString extends SynchronizedArray {
  get value(): unknown {
    return this._obj.value;
  }
  set value(value: unknown) {
    this._obj.value = value;
  }
  get raw(): PyBytes {
    return this._obj.raw;
  }
}

export function RawValue(typecode_or_type: unknown, ...args: unknown[]): CValue {
  const type = ctypeFor(typecode_or_type);
  if (args.length > 1) throw new TypeError(`__init__ expected at most 1 argument, got ${args.length}`);
  const obj = newCValue(type, new SharedArrayBuffer(type.size));
  if (args.length === 1) obj.value = args[0];
  return obj;
}

export function RawArray(typecode_or_type: unknown, size_or_initializer: unknown): CArray {
  const type = ctypeFor(typecode_or_type);
  if (typeof size_or_initializer === "number" || typeof size_or_initializer === "bigint") {
    const length = Number(size_or_initializer);
    if (length < 0) throw new ValueError(`Array length must be >= 0, not ${length}`);
    return newCArray(type, new SharedArrayBuffer(type.size * length), length);
  }
  const items =
    size_or_initializer instanceof PyBytes
      ? [...size_or_initializer.bytes]
      : typeof size_or_initializer === "string"
        ? [...size_or_initializer]
        : [...(size_or_initializer as Iterable<unknown>)];
  const array = newCArray(type, new SharedArrayBuffer(type.size * items.length), items.length);
  items.forEach((item, i) => array.__setitem__(i, item));
  return array;
}

/** Value(typecode_or_type, *args, lock=True, ctx=None) */
// Synchronized or raw (lock=False) is a run-time choice, so callers see `any`, as Python's duck typing does.
export function Value(typecode_or_type: unknown, ...rest: unknown[]): any {
  const [args, kwargs] = splitKwargs(rest);
  const lock = kwargs.lock;
  const obj = RawValue(typecode_or_type, ...args);
  if (lock === false) return obj;
  return new Synchronized(obj, chooseLock(lock));
}

/** Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None) */
export function Array(typecode_or_type: unknown, size_or_initializer: unknown, ...rest: unknown[]): any {
  const [, kwargs] = splitKwargs(rest);
  const lock = kwargs.lock;
  const obj = RawArray(typecode_or_type, size_or_initializer);
  if (lock === false) return obj;
  const Wrapper = obj._type.typecode === "c" ? SynchronizedString : SynchronizedArray;
  return new Wrapper(obj, chooseLock(lock));
}

function chooseLock(lock: unknown): SemLock {
  if (lock === undefined || lock === null || lock === true) return new RLock();
  if (typeof (lock as { acquire?: unknown }).acquire !== "function") throw new AttributeError(`${repr(lock)} has no method 'acquire'`);
  return lock as SemLock;
}

/** copy(obj): a new raw object of obj's ctypes type, in new shared memory, with the same bytes. */
export function copy(obj: unknown): CValue | CArray {
  if (obj instanceof CValue) {
    const fresh = newCValue(obj._type, new SharedArrayBuffer(obj._buffer.byteLength));
    new Uint8Array(fresh._buffer).set(new Uint8Array(obj._buffer));
    return fresh;
  }
  if (obj instanceof CArray) {
    const fresh = newCArray(obj._type, new SharedArrayBuffer(obj._buffer.byteLength), obj._length);
    new Uint8Array(fresh._buffer).set(new Uint8Array(obj._buffer));
    return fresh;
  }
  throw new TypeError(`this type has no size`);
}

/** synchronized(obj, lock=None, ctx=None): the Value/Array wrapper around a raw object. */
export function synchronized(obj: unknown, ...rest: unknown[]): any {
  const [args, kwargs] = splitKwargs(rest);
  const lock = kwargs.lock ?? args[0];
  if (obj instanceof SynchronizedBase) throw new AssertionError("object already synchronized");
  if (obj instanceof CValue) return new Synchronized(obj, chooseLock(lock));
  if (obj instanceof CArray) {
    const Wrapper = obj._type.typecode === "c" ? SynchronizedString : SynchronizedArray;
    return new Wrapper(obj, chooseLock(lock));
  }
  throw new TypeError(`synchronized() needs a ctypes object from RawValue or RawArray`);
}
