// Python bytes: an immutable wrapper around a Uint8Array.
import { PyTuple } from "./tuple.js";
import { cpythonBytesHash } from "./strhash.js";

export class PyBytes {
  static readonly __name__: string = "bytes";
  constructor(readonly bytes: Uint8Array) {}

  static fromLatin1(s: string): PyBytes {
    return new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  }

  // One char per byte: lets str algorithms (search, split, %-format) run on bytes.
  toLatin1(): string {
    let out = "";
    for (let i = 0; i < this.bytes.length; i += 8192) out += String.fromCharCode(...this.bytes.subarray(i, i + 8192));
    return out;
  }

  get length(): number {
    return this.bytes.length;
  }

  /** A new value of this one's type (bytes, or bytearray) holding `bytes`: slices, `+`, `*`. */
  withContents(bytes: Uint8Array): PyBytes {
    return new PyBytes(bytes);
  }

  __len__(): number {
    return this.bytes.length;
  }

  *[Symbol.iterator](): Generator<number> {
    yield* this.bytes;
  }

  __pykey__(): string {
    return "\0B" + String.fromCharCode(...this.bytes);
  }

  __pyhash__(): number | bigint {
    return cpythonBytesHash(this.bytes) ?? hashBytes(this.bytes);
  }

  toTuple(): PyTuple<number> {
    return PyTuple.fromIterable(this.bytes);
  }
}

function hashBytes(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const x of b) h = Math.imul(h ^ x, 0x01000193);
  return h === -1 ? -2 : h;
}

export class PySlice {
  static readonly __name__ = "slice";
  constructor(
    readonly start: unknown,
    readonly stop: unknown,
    readonly step: unknown,
  ) {}

  // CPython's PySlice_GetIndicesEx for a sequence of `length`.
  indices(length: number): PyTuple<number> & [start: number, stop: number, step: number] {
    const step = this.step === null || this.step === undefined ? 1 : Number(this.step);
    const clamp = (v: unknown, dflt: number, lo: number, hi: number): number => {
      if (v === null || v === undefined) return dflt;
      let n = Number(v);
      if (n < 0) n += length;
      return Math.min(Math.max(n, lo), hi);
    };
    // A tuple, since slice.indices() is also callable from Python.
    const out = step > 0
      ? PyTuple.of(clamp(this.start, 0, 0, length), clamp(this.stop, length, 0, length), step)
      : PyTuple.of(clamp(this.start, length - 1, -1, length - 1), clamp(this.stop, -1, -1, length - 1), step);
    return out as PyTuple<number> & [number, number, number];
  }
}
