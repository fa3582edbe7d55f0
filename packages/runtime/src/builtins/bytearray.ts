// Python bytearray: a PyBytes whose contents change in place. Everything that reads bytes
// (comparison, `in`, decode, the bytes methods, bytes-like arguments) works on it unchanged;
// this file adds the mutations and what differs (repr, unhashable, results of its own type).
// `bytes` is a view of the first `length` bytes of a larger buffer, so appending is amortized.
import { IndexError, TypeError, ValueError } from "./exception-classes.js";
import { PyBytes, PySlice } from "./bytes.js";
import { asInt } from "./arith.js";
import { iter } from "./iteration.js";
import { sliceIndices } from "./items.js";
import { typeName } from "./typename.js";

/** One item stored into a bytearray: an int (or __index__) in range(0, 256). */
export function byteValue(x: unknown): number {
  let i = asInt(x);
  if (i === undefined) {
    const index = (x as { __index__?: () => unknown } | null)?.__index__;
    if (typeof index !== "function") throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    i = asInt(index.call(x));
  }
  if (i === undefined || i < 0 || i > 255) throw new ValueError("byte must be in range(0, 256)");
  return Number(i);
}

// The bytes of an iterable of ints, each checked.
export function bytesOfInts(source: unknown): Uint8Array {
  const out: number[] = [];
  for (const x of iter(source)) out.push(byteValue(x));
  return Uint8Array.from(out);
}

export class PyByteArray extends PyBytes {
  static override readonly __name__ = "bytearray";
  declare bytes: Uint8Array;
  private buffer: Uint8Array;

  constructor(initial: Uint8Array = new Uint8Array()) {
    super(initial);
    this.buffer = Uint8Array.from(initial);
    this.bytes = this.buffer.subarray(0, initial.length);
  }

  override withContents(bytes: Uint8Array): PyByteArray {
    return new PyByteArray(bytes);
  }

  // Sets the length, growing the buffer geometrically; new bytes are zero.
  private resize(length: number): void {
    if (length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(length, this.buffer.length * 2, 16));
      grown.set(this.bytes);
      this.buffer = grown;
    } else if (length > this.bytes.length) {
      this.buffer.fill(0, this.bytes.length, length);
    }
    this.bytes = this.buffer.subarray(0, length);
  }

  // Replaces bytes [start, stop) by `items`, moving the tail.
  private splice(start: number, stop: number, items: Uint8Array): void {
    const tail = this.bytes.slice(stop);
    this.resize(start + items.length + tail.length);
    this.buffer.set(items, start);
    this.buffer.set(tail, start + items.length);
  }

  // Iteration sees changes made meanwhile, as CPython's bytearray iterator does.
  override *[Symbol.iterator](): Generator<number> {
    for (let i = 0; i < this.bytes.length; i++) yield this.bytes[i]!;
  }

  override __pykey__(): never {
    throw new TypeError("unhashable type: 'bytearray'");
  }
  override __pyhash__(): never {
    throw new TypeError("unhashable type: 'bytearray'");
  }

  append(x: unknown): null {
    const value = byteValue(x);
    this.resize(this.bytes.length + 1);
    this.bytes[this.bytes.length - 1] = value;
    return null;
  }

  extend(source: unknown): null {
    if (source instanceof PyBytes) {
      this.splice(this.bytes.length, this.bytes.length, source.bytes.slice());
      return null;
    }
    if (typeof source !== "string" && !(source !== null && typeof source === "object" && Symbol.iterator in source)) {
      throw new TypeError(`can't extend bytearray with ${typeName(source)}`);
    }
    this.splice(this.bytes.length, this.bytes.length, bytesOfInts(source));
    return null;
  }

  insert(index: unknown, x: unknown): null {
    const n = this.bytes.length;
    let i = Number(asInt(index) ?? byteValue(index));
    if (i < 0) i = Math.max(0, i + n);
    this.splice(Math.min(i, n), Math.min(i, n), Uint8Array.of(byteValue(x)));
    return null;
  }

  pop(index: unknown = -1): number {
    const n = this.bytes.length;
    if (n === 0) throw new IndexError("pop from empty bytearray");
    let i = Number(asInt(index));
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new IndexError("pop index out of range");
    const value = this.bytes[i]!;
    this.splice(i, i + 1, new Uint8Array());
    return value;
  }

  remove(x: unknown): null {
    const i = this.bytes.indexOf(byteValue(x));
    if (i < 0) throw new ValueError("value not found in bytearray");
    this.splice(i, i + 1, new Uint8Array());
    return null;
  }

  clear(): null {
    this.resize(0);
    return null;
  }

  reverse(): null {
    this.bytes.reverse();
    return null;
  }

  copy(): PyByteArray {
    return new PyByteArray(this.bytes);
  }

  // `ba += b"…"`: only a bytes-like operand, extending in place.
  __iadd__(other: unknown): PyByteArray {
    if (!(other instanceof PyBytes)) throw new TypeError(`can't concat ${typeName(other)} to bytearray`);
    this.extend(other);
    return this;
  }

  __imul__(count: unknown): PyByteArray {
    const times = Math.max(0, byteCount(count));
    const once = this.bytes.slice();
    this.resize(once.length * times);
    for (let k = 0; k < times; k++) this.buffer.set(once, k * once.length);
    return this;
  }

  __getitem__(key: unknown): number | PyByteArray {
    if (key instanceof PySlice) return new PyByteArray(Uint8Array.from(sliceIndices(key, this.bytes.length), (i) => this.bytes[i]!));
    return this.bytes[this.index(key)]!;
  }

  __setitem__(key: unknown, value: unknown): void {
    if (!(key instanceof PySlice)) {
      this.bytes[this.index(key)] = byteValue(value);
      return;
    }
    const items = assignedBytes(value);
    const [start, stop, step] = key.indices(this.bytes.length);
    if (step === 1) {
      this.splice(start, Math.max(start, stop), items);
      return;
    }
    const targets = sliceIndices(key, this.bytes.length);
    if (targets.length !== items.length) {
      throw new ValueError(`attempt to assign bytes of size ${items.length} to extended slice of size ${targets.length}`);
    }
    targets.forEach((i, k) => (this.bytes[i] = items[k]!));
  }

  __delitem__(key: unknown): void {
    if (!(key instanceof PySlice)) {
      const i = this.index(key);
      this.splice(i, i + 1, new Uint8Array());
      return;
    }
    const drop = new Set(sliceIndices(key, this.bytes.length));
    this.splice(0, this.bytes.length, this.bytes.filter((_, i) => !drop.has(i)));
  }

  private index(key: unknown): number {
    const i = asInt(key);
    if (i === undefined) {
      const index = (key as { __index__?: () => unknown } | null)?.__index__;
      if (typeof index === "function") return this.index(index.call(key));
      throw new TypeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
    }
    const n = this.bytes.length;
    const j = Number(i) < 0 ? Number(i) + n : Number(i);
    if (j < 0 || j >= n) throw new IndexError("bytearray index out of range");
    return j;
  }
}

function byteCount(x: unknown): number {
  const i = asInt(x);
  if (i === undefined) throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return Number(i);
}

// The right-hand side of `ba[i:j] = value`: bytes-like, or an iterable of ints.
function assignedBytes(value: unknown): Uint8Array {
  if (value instanceof PyBytes) return value.bytes.slice();
  if (typeof value === "string" || value === null || typeof value !== "object" || !(Symbol.iterator in value)) {
    throw new TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytesOfInts(value);
}
