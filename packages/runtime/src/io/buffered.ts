// Binary files as CPython's BufferedReader / BufferedWriter / BufferedRandom over one fd, all
// synchronous. Read-ahead and unwritten data are never held at once: a write first drops the
// read-ahead (rewinding to the logical position), a read first writes pending data out.
import { closeSync, fstatSync, ftruncateSync, readSync, writeSync } from "node:fs";
import { OSError, StopIteration, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { typeName } from "../builtins/typename.js";
import { repr, strRepr } from "../builtins/repr.js";
import { bind, methodSignature } from "./args.js";
import { fsCall, UnsupportedOperation } from "./errors.js";
import { markClean, markDirty } from "./pending.js";

const SIG_READ = methodSignature("read", "size?");
const SIG_READLINE = methodSignature("readline", "size?");
const SIG_READLINES = methodSignature("readlines", "hint?");
const SIG_SEEK = methodSignature("seek", "target", "whence?");
const SIG_TRUNCATE = methodSignature("truncate", "pos?");
const SIG_WRITE = methodSignature("write", "buffer");
const SIG_WRITELINES = methodSignature("writelines", "lines");

export const CHUNK = 8192;

export type RawOptions = {
  readonly fd: number;
  readonly name: unknown;
  readonly mode: string; // FileIO's mode: 'rb', 'wb', 'ab', 'xb', 'rb+', …
  readonly readable: boolean;
  readonly writable: boolean;
  readonly appending: boolean;
  readonly closefd: boolean;
};


export function sizeArg(v: unknown): number {
  if (v === undefined || v === null) return -1;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "bigint") return Number(v);
  throw new TypeError(`argument should be integer or None, not '${typeName(v)}'`);
}

export function intArg(v: unknown): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "bigint") return Number(v);
  throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function bytesLike(v: unknown): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  const inner = (v as { bytes?: unknown } | null)?.bytes;
  if (inner instanceof Uint8Array) return inner; // bytearray-like wrappers
  throw new TypeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export class BufferedFile {
  static readonly __module__ = "_io";
  closed = false;
  private pos: number; // logical position: what tell() answers
  private ahead: Uint8Array = new Uint8Array(0); // bytes at [pos, pos + ahead.length), already read
  private pending: Uint8Array[] = [];
  private pendingLen = 0;

  constructor(readonly raw: RawOptions) {
    this.pos = raw.appending ? fstatSync(raw.fd).size : 0;
  }

  get name(): unknown {
    return this.raw.name;
  }
  get mode(): string {
    return this.raw.mode;
  }

  __repr__(): string {
    const cls = (this.constructor as { __name__?: string }).__name__ ?? "BufferedFile";
    const name = this.raw.name;
    return `<_io.${cls} name=${typeof name === "string" ? strRepr(name) : repr(name)}>`;
  }

  private check(message = "I/O operation on closed file"): void {
    if (this.closed) throw new ValueError(message);
  }
  private needRead(op: string): void {
    if (!this.raw.readable) throw new UnsupportedOperation(op);
  }
  private needWrite(op: string): void {
    if (!this.raw.writable) throw new UnsupportedOperation(op);
  }

  readable(): boolean {
    this.check();
    return this.raw.readable;
  }
  writable(): boolean {
    this.check();
    return this.raw.writable;
  }
  seekable(): boolean {
    this.check();
    return true;
  }
  isatty(): boolean {
    this.check();
    return false;
  }
  fileno(): number {
    this.check();
    return this.raw.fd;
  }

  // Reads up to n bytes from the file at pos + ahead.length into the read-ahead.
  private fill(n: number): number {
    const buf = new Uint8Array(n);
    const got = fsCall(() => readSync(this.raw.fd, buf, 0, n, this.pos + this.ahead.length));
    if (got > 0) {
      this.ahead = this.ahead.length === 0 ? buf.subarray(0, got) : concat([this.ahead, buf.subarray(0, got)], this.ahead.length + got);
    }
    return got;
  }

  private take(n: number): Uint8Array {
    const out = this.ahead.subarray(0, n);
    this.ahead = this.ahead.subarray(n);
    this.pos += out.length;
    return out;
  }

  /** Bytes for the text layer: up to `n` (≥ 1), fewer only at EOF; may return what is buffered. */
  read1(n: number): Uint8Array {
    this.flushPending();
    if (this.ahead.length === 0) this.fill(Math.max(n, CHUNK));
    return this.take(n);
  }

  readAll(): Uint8Array {
    this.flushPending();
    const chunks = [this.ahead];
    let total = this.ahead.length;
    for (;;) {
      const n = Math.max(CHUNK, fstatSafe(this.raw.fd) - this.pos - total);
      const buf = new Uint8Array(n);
      const at = this.pos + total;
      const got = fsCall(() => readSync(this.raw.fd, buf, 0, n, at));
      if (got === 0) break;
      chunks.push(buf.subarray(0, got));
      total += got;
    }
    this.ahead = new Uint8Array(0);
    this.pos += total;
    return concat(chunks, total);
  }

  read(...args: unknown[]): PyBytes {
    const [size] = bind(SIG_READ, args, this);
    const n = sizeArg(size);
    this.needRead("read");
    this.check("read of closed file");
    if (n < 0) return new PyBytes(this.readAll().slice());
    this.flushPending();
    while (this.ahead.length < n && this.fill(Math.max(CHUNK, n - this.ahead.length)) > 0);
    return new PyBytes(this.take(n).slice());
  }

  readline(...args: unknown[]): PyBytes {
    const [size] = bind(SIG_READLINE, args, this);
    const limit = sizeArg(size);
    this.needRead("read");
    this.check("readline of closed file");
    this.flushPending();
    let scanned = 0;
    for (;;) {
      const nl = this.ahead.indexOf(0x0a, scanned);
      const end = nl >= 0 ? nl + 1 : -1;
      if (end >= 0 && (limit < 0 || end <= limit)) return new PyBytes(this.take(end).slice());
      if (limit >= 0 && this.ahead.length >= limit) return new PyBytes(this.take(limit).slice());
      scanned = this.ahead.length;
      if (this.fill(CHUNK) === 0) return new PyBytes(this.take(this.ahead.length).slice());
    }
  }

  readlines(...args: unknown[]): PyBytes[] {
    const [hint] = bind(SIG_READLINES, args, this);
    const h = sizeArg(hint);
    this.check("I/O operation on closed file.");
    const out: PyBytes[] = [];
    let total = 0;
    for (;;) {
      const line = this.readline();
      if (line.length === 0) break;
      out.push(line);
      total += line.length;
      if (h > 0 && total > h) break;
    }
    return out;
  }

  write(...args: unknown[]): number {
    const [data] = bind(SIG_WRITE, args, this);
    this.needWrite("write");
    this.check("write to closed file");
    return this.writeBytes(bytesLike(data).slice());
  }

  /** Takes ownership of `b` (callers pass a fresh or copied array). */
  writeBytes(b: Uint8Array): number {
    if (this.ahead.length > 0) this.ahead = new Uint8Array(0); // pos stays the logical position
    const wasClean = this.pendingLen === 0;
    this.pending.push(b);
    this.pendingLen += b.length;
    if (this.pendingLen >= CHUNK) this.flushPending();
    else if (wasClean) markDirty(this);
    return b.length;
  }

  writelines(...args: unknown[]): null {
    const [lines] = bind(SIG_WRITELINES, args, this);
    this.check("I/O operation on closed file.");
    for (const line of lines as Iterable<unknown>) this.write(line);
    return null;
  }

  flushPending(): void {
    if (this.pendingLen === 0) return;
    const data = concat(this.pending, this.pendingLen);
    const at = this.raw.appending ? null : this.pos;
    let off = 0;
    while (off < data.length) {
      off += fsCall(() => writeSync(this.raw.fd, data, off, data.length - off, at === null ? null : at + off));
    }
    this.pending = [];
    this.pendingLen = 0;
    this.pos = this.raw.appending ? fstatSync(this.raw.fd).size : this.pos + data.length;
    markClean(this);
  }

  flush(): null {
    if (this.closed) throw new ValueError(this.raw.writable ? "flush of closed file" : "I/O operation on closed file.");
    this.flushPending();
    return null;
  }

  tell(): number {
    this.check();
    return this.pos + this.pendingLen;
  }

  seek(...args: unknown[]): number {
    const [offset, whence] = bind(SIG_SEEK, args, this);
    const off = intArg(offset);
    const w = whence === undefined ? 0 : intArg(whence);
    this.check("seek of closed file");
    if (w < 0 || w > 2) throw new ValueError(`whence value ${w} unsupported`);
    this.flushPending();
    const base = w === 0 ? 0 : w === 1 ? this.pos : fstatSync(this.raw.fd).size;
    const target = base + off;
    if (target < 0) throw new OSError(22, "Invalid argument");
    this.ahead = new Uint8Array(0);
    this.pos = target;
    return target;
  }

  truncate(...args: unknown[]): number {
    const [size] = bind(SIG_TRUNCATE, args, this);
    this.needWrite("truncate");
    this.check("truncate of closed file");
    this.flushPending();
    const n = size === undefined || size === null ? this.pos : intArg(size);
    fsCall(() => ftruncateSync(this.raw.fd, n));
    this.ahead = new Uint8Array(0);
    return n;
  }

  close(): null {
    if (this.closed) return null;
    try {
      this.flushPending();
    } finally {
      this.closed = true;
      markClean(this);
      if (this.raw.closefd) fsCall(() => closeSync(this.raw.fd));
    }
    return null;
  }

  __enter__(): this {
    this.check("I/O operation on closed file.");
    return this;
  }

  __exit__(..._exc: unknown[]): null {
    this.close();
    return null;
  }

  __iter__(): this {
    this.check("I/O operation on closed file.");
    return this;
  }

  __next__(): PyBytes {
    const line = this.readline();
    if (line.length === 0) throw new StopIteration();
    return line;
  }

  *[Symbol.iterator](): Generator<PyBytes> {
    this.__iter__();
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return;
      yield line;
    }
  }
}

function fstatSafe(fd: number): number {
  try {
    return fstatSync(fd).size;
  } catch {
    return 0;
  }
}

export class BufferedReader extends BufferedFile {
  static readonly __name__ = "BufferedReader";
}
export class BufferedWriter extends BufferedFile {
  static readonly __name__ = "BufferedWriter";
}
export class BufferedRandom extends BufferedFile {
  static readonly __name__ = "BufferedRandom";
}
