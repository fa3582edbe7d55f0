// multiprocessing.shared_memory.SharedMemory over SharedArrayBuffers. Names are resolved in a
// per-process table; a child sees the parent's segments if its entry adopts the parent's table
// (shmRegistrySnapshot → adoptShmRegistry) and any segment it receives as an argument.
import { FileExistsError, FileNotFoundError, IndexError, NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes, PySlice } from "../builtins/bytes.js";
import { objectId } from "../builtins/hash.js";
import { repr } from "../builtins/repr.js";
import { typeName } from "../builtins/typename.js";
import { bindCall, signature } from "./call.js";
import { registerHandleType } from "./handles.js";

export { ShareableList } from "./shared-list.js";

const registry = new Map<string, SharedArrayBuffer>();

/** The segments this process knows by name, for a child about to start. */
export function shmRegistrySnapshot(): [string, SharedArrayBuffer][] {
  return [...registry];
}

export function adoptShmRegistry(entries: Iterable<readonly [string, SharedArrayBuffer]>): void {
  for (const [name, buffer] of entries) registry.set(name, buffer);
}

/** A writable memoryview of bytes over shared memory (SharedMemory.buf). */
export class SharedMemoryView {
  static readonly __name__ = "memoryview";
  static readonly __module__ = "builtins";

  constructor(readonly bytes: Uint8Array) {}

  __len__(): number {
    return this.bytes.length;
  }

  __getitem__(index: unknown): unknown {
    if (index instanceof PySlice) {
      const [start, stop, step] = index.indices(this.bytes.length);
      if (step !== 1) throw new NotImplementedError("memoryview slices with a step");
      return new SharedMemoryView(this.bytes.subarray(start, Math.max(start, stop)));
    }
    return this.bytes[this._index(index)];
  }

  __setitem__(index: unknown, value: unknown): void {
    if (index instanceof PySlice) {
      const target = this.__getitem__(index) as SharedMemoryView;
      const source = bytesLike(value);
      if (source.length !== target.bytes.length) {
        throw new ValueError("memoryview assignment: lvalue and rvalue have different structures");
      }
      target.bytes.set(source);
      return;
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 255) {
      throw new ValueError("memoryview: invalid value for format 'B'");
    }
    this.bytes[this._index(index)] = value;
  }

  *[Symbol.iterator](): Generator<number> {
    yield* this.bytes;
  }

  tobytes(): PyBytes {
    return new PyBytes(this.bytes.slice());
  }

  tolist(): number[] {
    return [...this.bytes];
  }

  release(): void {}

  __repr__(): string {
    return `<memory at 0x${objectId(this).toString(16)}>`;
  }

  private _index(index: unknown): number {
    let i = Number(index);
    if (!Number.isInteger(i)) throw new TypeError("memoryview: invalid slice key");
    if (i < 0) i += this.bytes.length;
    if (i < 0 || i >= this.bytes.length) throw new IndexError("index out of bounds on dimension 1");
    return i;
  }
}

const SHM_ARGS = signature("SharedMemory", ["name=", "create=", "size="]);

export class SharedMemory {
  static readonly __module__ = "multiprocessing.shared_memory";
  readonly _name: string;
  readonly _buffer: SharedArrayBuffer;
  readonly _size: number;
  private _buf: SharedMemoryView | null;

  constructor(...args: unknown[]) {
    const { name, create, size } = bindCall(SHM_ARGS, args);
    const requested = Number(size ?? 0);
    if (!(requested >= 0)) throw new ValueError("'size' must be a positive integer");
    if (create === true) {
      if (requested === 0) throw new ValueError("'size' must be a positive number different from zero");
      const chosen = name === null || name === undefined ? freshName() : String(name);
      if (registry.has(chosen)) throw new FileExistsError(17, "File exists", `/${chosen}`);
      this._buffer = new SharedArrayBuffer(requested);
      registry.set(chosen, this._buffer);
      this._name = chosen;
    } else {
      if (name === null || name === undefined) throw new ValueError("'name' can only be None if create=True");
      const found = registry.get(String(name));
      if (found === undefined) throw new FileNotFoundError(2, "No such file or directory", `/${String(name)}`);
      this._buffer = found;
      this._name = String(name);
    }
    this._size = this._buffer.byteLength;
    this._buf = new SharedMemoryView(new Uint8Array(this._buffer));
  }

  get name(): string {
    return this._name;
  }

  get size(): number {
    return this._size;
  }

  get buf(): SharedMemoryView | null {
    return this._buf;
  }

  close(): void {
    this._buf = null;
  }

  unlink(): void {
    registry.delete(this._name);
  }

  __enter__(): SharedMemory {
    return this;
  }

  __exit__(..._args: unknown[]): void {
    this.close();
  }

  __repr__(): string {
    return `SharedMemory(${repr(this._name)}, size=${this._size})`;
  }
}

function freshName(): string {
  for (;;) {
    const name = `psm_${Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, "0")}`;
    if (!registry.has(name)) return name;
  }
}

function bytesLike(value: unknown): Uint8Array {
  if (value instanceof PyBytes) return value.bytes;
  if (value instanceof SharedMemoryView) return value.bytes;
  const inner = (value as { bytes?: unknown } | null)?.bytes;
  if (inner instanceof Uint8Array) return inner;
  throw new TypeError(`a bytes-like object is required, not '${typeName(value)}'`);
}

interface ShmWire {
  readonly name: string;
  readonly buffer: SharedArrayBuffer;
}

registerHandleType<SharedMemory>({
  name: "multiprocessing.shared_memory.SharedMemory",
  matches: (value): value is SharedMemory => value instanceof SharedMemory,
  reduce: (shm) => ({ state: { name: shm._name, buffer: shm._buffer } satisfies ShmWire }),
  rebuild: (state) => {
    const wire = state as ShmWire;
    if (!registry.has(wire.name)) registry.set(wire.name, wire.buffer);
    return new SharedMemory(wire.name);
  },
});
