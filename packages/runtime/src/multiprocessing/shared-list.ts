// multiprocessing.shared_memory.ShareableList: a fixed-length list of int/float/bool/None/str/
// bytes items in a SharedMemory segment. Each item has a slot sized at creation (8 bytes, or for
// str/bytes a multiple of 8 past its length), as in CPython; the layout itself is ours:
// [count:i32, pad] [per item: slot size:i32, type tag:i32] [slots…].
import { IndexError, KeyError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyFloat } from "../builtins/float.js";
import { eq } from "../builtins/compare.js";
import { repr } from "../builtins/repr.js";
import { typeOf } from "../builtins/types.js";
import { bindCall, signature } from "./call.js";
import { StructError } from "./shared-errors.js";
import { adoptShmRegistry, SharedMemory } from "./shm.js";
import { registerHandleType } from "./handles.js";
import { kw } from "../builtins/call.js";

const ALIGNMENT = 8;
const enum Tag {
  None,
  Bool,
  Int,
  Float,
  Str,
  Bytes,
}
const FORMATS: Record<Tag, (size: number) => string> = {
  [Tag.None]: () => "xxxxxx?x",
  [Tag.Bool]: () => "xxxxxxx?",
  [Tag.Int]: () => "q",
  [Tag.Float]: () => "d",
  [Tag.Str]: (size) => `${size}s`,
  [Tag.Bytes]: (size) => `${size}s`,
};

const ARGS = signature("ShareableList", ["sequence=", "*", "name="]);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ShareableList {
  static readonly __module__ = "multiprocessing.shared_memory";
  readonly shm: SharedMemory;
  private readonly view: DataView;

  constructor(...args: unknown[]) {
    const { sequence, name } = bindCall(ARGS, args);
    if (sequence === null || sequence === undefined) {
      if (name !== null && name !== undefined) {
        this.shm = new SharedMemory(name);
        this.view = new DataView(this.shm._buffer);
        return;
      }
    }
    const items = sequence === null || sequence === undefined ? [] : [...(sequence as Iterable<unknown>)];
    const encoded = items.map(encode);
    const sizes = encoded.map(({ bytes }) => (bytes === null ? ALIGNMENT : ALIGNMENT * (Math.floor(bytes.length / ALIGNMENT) + 1)));
    const total = ALIGNMENT + items.length * 8 + sizes.reduce((a, b) => a + b, 0);
    this.shm = new SharedMemory(name ?? null, true, Math.max(total, 1));
    this.view = new DataView(this.shm._buffer);
    this.view.setInt32(0, items.length, true);
    sizes.forEach((size, i) => this.view.setInt32(ALIGNMENT + i * 8, size, true));
    items.forEach((item, i) => this.__setitem__(i, item));
  }

  __len__(): number {
    return this.view.getInt32(0, true);
  }

  get format(): string {
    let out = "";
    for (let i = 0; i < this.__len__(); i++) out += FORMATS[this.tagAt(i)](this.sizeAt(i));
    return out;
  }

  __getitem__(index: unknown): unknown {
    const i = this.position(index, "index out of range");
    const offset = this.offsetAt(i);
    switch (this.tagAt(i)) {
      case Tag.None:
        return null;
      case Tag.Bool:
        return this.view.getUint8(offset) !== 0;
      case Tag.Int: {
        const n = this.view.getBigInt64(offset, true);
        return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
      }
      case Tag.Float:
        return new PyFloat(this.view.getFloat64(offset, true));
      case Tag.Str:
        return decoder.decode(this.stripped(i));
      case Tag.Bytes:
        return new PyBytes(this.stripped(i).slice());
    }
  }

  __setitem__(index: unknown, value: unknown): void {
    const i = this.position(index, "assignment index out of range");
    const { tag, bytes } = encode(value);
    const offset = this.offsetAt(i);
    const size = this.sizeAt(i);
    if (bytes !== null && bytes.length > size) throw new ValueError("bytes/str item exceeds available storage");
    const slot = new Uint8Array(this.shm._buffer, offset, size);
    slot.fill(0);
    if (bytes !== null) slot.set(bytes);
    else if (tag === Tag.Bool) this.view.setUint8(offset, value ? 1 : 0);
    else if (tag === Tag.Int) this.view.setBigInt64(offset, BigInt(value as number | bigint), true);
    else if (tag === Tag.Float) this.view.setFloat64(offset, (value as PyFloat).value, true);
    this.view.setInt32(ALIGNMENT + i * 8 + 4, tag, true);
  }

  *[Symbol.iterator](): Generator<unknown> {
    for (let i = 0; i < this.__len__(); i++) yield this.__getitem__(i);
  }

  count(value: unknown): number {
    return [...this].filter((item) => eq(item, value)).length;
  }

  index(value: unknown): number {
    const at = [...this].findIndex((item) => eq(item, value));
    if (at < 0) throw new ValueError(`${repr(value)} not in this container`);
    return at;
  }

  __repr__(): string {
    return `ShareableList(${repr([...this])}, name=${repr(this.shm.name)})`;
  }

  private position(index: unknown, message: string): number {
    let i = Number(index);
    if (i < 0) i += this.__len__();
    if (!Number.isInteger(i) || i < 0 || i >= this.__len__()) throw new IndexError(message);
    return i;
  }

  private sizeAt(i: number): number {
    return this.view.getInt32(ALIGNMENT + i * 8, true);
  }

  private tagAt(i: number): Tag {
    return this.view.getInt32(ALIGNMENT + i * 8 + 4, true) as Tag;
  }

  private offsetAt(i: number): number {
    let offset = ALIGNMENT + this.__len__() * 8;
    for (let k = 0; k < i; k++) offset += this.sizeAt(k);
    return offset;
  }

  // CPython strips trailing NULs from str and bytes items when reading them back.
  private stripped(i: number): Uint8Array {
    const slot = new Uint8Array(this.shm._buffer, this.offsetAt(i), this.sizeAt(i));
    let end = slot.length;
    while (end > 0 && slot[end - 1] === 0) end--;
    return slot.subarray(0, end);
  }
}

function encode(value: unknown): { tag: Tag; bytes: Uint8Array | null } {
  if (value === null || value === undefined) return { tag: Tag.None, bytes: null };
  if (typeof value === "boolean") return { tag: Tag.Bool, bytes: null };
  if (typeof value === "number" && Number.isInteger(value)) return { tag: Tag.Int, bytes: null };
  if (typeof value === "bigint") {
    if (value !== BigInt.asIntN(64, value)) throw new StructError("argument out of range");
    return { tag: Tag.Int, bytes: null };
  }
  if (value instanceof PyFloat) return { tag: Tag.Float, bytes: null };
  if (typeof value === "string") return { tag: Tag.Str, bytes: encoder.encode(value) };
  if (value instanceof PyBytes) return { tag: Tag.Bytes, bytes: value.bytes };
  throw new KeyError(typeOf(value));
}

registerHandleType<ShareableList>({
  name: "multiprocessing.shared_memory.ShareableList",
  matches: (value): value is ShareableList => value instanceof ShareableList,
  reduce: (list) => ({ state: [[list.shm.name, list.shm._buffer]] satisfies [string, SharedArrayBuffer][] }),
  rebuild: (state) => {
    const entries = state as [string, SharedArrayBuffer][];
    adoptShmRegistry(entries);
    return new ShareableList(null, kw({ name: entries[0]![0] }));
  },
});
