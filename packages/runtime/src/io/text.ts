// Text files as CPython's TextIOWrapper over a BufferedFile: reading through a TextReader
// (chunked decoding, universal newlines), writing with newline translation and deferred
// encoding. tell() cookies are plain byte offsets here.
import { StopIteration, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyTuple } from "../builtins/tuple.js";
import { typeName } from "../builtins/typename.js";
import { repr, strRepr } from "../builtins/repr.js";
import { encodeString } from "../builtins/codecs.js";
import { bind, methodSignature } from "./args.js";
import { BufferedFile, CHUNK, intArg, sizeArg } from "./buffered.js";
import { closedFile, UnsupportedOperation } from "./errors.js";
import { codePointCount, fastEncode, isUtf8 } from "./text-util.js";
import { TextReader } from "./text-reader.js";
import { markDirty } from "./pending.js";

const SIG_READ = methodSignature("read", "size?");
const SIG_READLINE = methodSignature("readline", "size?");
const SIG_READLINES = methodSignature("readlines", "hint?");
const SIG_SEEK = methodSignature("seek", "cookie", "whence?");
const SIG_TRUNCATE = methodSignature("truncate", "pos?");
const SIG_WRITE = methodSignature("write", "text");
const SIG_WRITELINES = methodSignature("writelines", "lines");

export type TextOptions = {
  readonly mode: string;
  readonly encoding: string;
  readonly errors: string;
  readonly newline: string | null;
};

const SURROGATE = /[\ud800-\udfff]/;

export class TextIOWrapper {
  static readonly __name__ = "TextIOWrapper";
  static readonly __module__ = "_io";
  readonly line_buffering = false;
  private readonly utf8: boolean;
  private readonly reader: TextReader;
  private pendingText = ""; // written, not yet encoded into the buffer (see flushPending)

  constructor(
    readonly buffer: BufferedFile,
    private readonly options: TextOptions,
  ) {
    this.utf8 = isUtf8(options.encoding);
    this.reader = new TextReader(buffer, options);
  }

  get name(): unknown {
    return this.buffer.name;
  }
  get mode(): string {
    return this.options.mode;
  }
  get encoding(): string {
    return this.options.encoding;
  }
  get errors(): string {
    return this.options.errors;
  }
  get closed(): boolean {
    return this.buffer.closed;
  }
  get newlines(): string | PyTuple | null {
    return this.reader.newlines;
  }

  __repr__(): string {
    const name = this.buffer.name;
    const n = typeof name === "string" ? strRepr(name) : repr(name);
    return `<_io.TextIOWrapper name=${n} mode=${strRepr(this.mode)} encoding=${strRepr(this.encoding)}>`;
  }

  private check(): void {
    if (this.buffer.closed) throw closedFile();
  }
  private checkReadable(): void {
    this.check();
    if (!this.buffer.raw.readable) throw new UnsupportedOperation("not readable");
  }

  readable(): boolean {
    return this.buffer.readable();
  }
  writable(): boolean {
    return this.buffer.writable();
  }
  seekable(): boolean {
    return this.buffer.seekable();
  }
  isatty(): boolean {
    return this.buffer.isatty();
  }
  fileno(): number {
    return this.buffer.fileno();
  }

  // Pending written text goes to the buffer before any read, as CPython flushes first.
  private takeLine(limit: number): string {
    this.encodePending();
    return this.reader.takeLine(limit);
  }

  read(...args: unknown[]): string {
    const [size] = bind(SIG_READ, args, this);
    const n = sizeArg(size);
    this.checkReadable();
    if (n < 0) {
      this.encodePending();
      return this.reader.readRest();
    }
    let out = "";
    let left = n;
    while (left > 0) {
      const part = this.takeLine(left);
      if (part === "") break;
      out += part;
      left -= codePointCount(part);
    }
    return out;
  }

  readline(...args: unknown[]): string {
    const [size] = bind(SIG_READLINE, args, this);
    const n = size === undefined || size === null ? -1 : intArg(size);
    this.checkReadable();
    if (n === 0) return "";
    return this.takeLine(n);
  }

  readlines(...args: unknown[]): string[] {
    const [hint] = bind(SIG_READLINES, args, this);
    const h = sizeArg(hint);
    this.checkReadable();
    const out: string[] = [];
    let total = 0;
    for (;;) {
      const line = this.takeLine(-1);
      if (line === "") break;
      out.push(line);
      total += codePointCount(line);
      if (h > 0 && total > h) break;
    }
    return out;
  }

  write(...args: unknown[]): number {
    const [s] = bind(SIG_WRITE, args, this);
    this.check();
    if (!this.buffer.raw.writable) throw new UnsupportedOperation("not writable");
    if (typeof s !== "string") throw new TypeError(`write() argument must be str, not ${typeName(s)}`);
    // As CPython: a write after a read lands where the buffer's read-ahead stopped (often the
    // end of file), and the decoded text not yet returned is dropped.
    this.reader.reset();
    const nl = this.options.newline;
    const text = nl === "\r" || nl === "\r\n" ? s.replace(/\n/g, nl) : s;
    if (!this.utf8 || SURROGATE.test(text)) {
      // Codecs that can fail raise from this write(), as CPython's do.
      this.encodePending();
      this.buffer.writeBytes(encodeString(text, this.options.encoding, this.options.errors).bytes);
      return codePointCount(s);
    }
    const wasClean = this.pendingText === "";
    this.pendingText += text;
    if (this.pendingText.length >= CHUNK) this.encodePending();
    else if (wasClean) markDirty(this);
    return codePointCount(s);
  }

  // Encoding is deferred so that many small writes cost one encode; only UTF-8 text without
  // surrogates is deferred, and that cannot fail to encode.
  private encodePending(): void {
    if (this.pendingText === "") return;
    const text = this.pendingText;
    this.pendingText = "";
    const { encoding, errors } = this.options;
    this.buffer.writeBytes(fastEncode(text, encoding, () => encodeString(text, encoding, errors).bytes));
  }

  flushPending(): void {
    this.encodePending();
    this.buffer.flushPending();
  }

  writelines(...args: unknown[]): null {
    const [lines] = bind(SIG_WRITELINES, args, this);
    this.check();
    for (const line of lines as Iterable<unknown>) this.write(line);
    return null;
  }

  tell(): number {
    this.check();
    this.reader.noteTell();
    this.encodePending();
    return this.buffer.tell() - this.reader.pendingBytes();
  }

  seek(...args: unknown[]): number {
    const [cookie, whence] = bind(SIG_SEEK, args, this);
    const off = intArg(cookie);
    const w = whence === undefined ? 0 : intArg(whence);
    this.check();
    this.encodePending();
    if (w === 1) {
      if (off !== 0) throw new UnsupportedOperation("can't do nonzero cur-relative seeks");
      return this.tell();
    }
    if (w === 2) {
      if (off !== 0) throw new UnsupportedOperation("can't do nonzero end-relative seeks");
      this.reader.reset();
      return this.buffer.seek(0, 2);
    }
    if (w !== 0) throw new ValueError(`invalid whence (${w}, should be 0, 1 or 2)`);
    if (off < 0) throw new ValueError(`negative seek position ${off}`);
    this.reader.reset({ forgetNewlines: off === 0 });
    return this.buffer.seek(off);
  }

  truncate(...args: unknown[]): number {
    const [pos] = bind(SIG_TRUNCATE, args, this);
    this.check();
    if (!this.buffer.raw.writable) throw new UnsupportedOperation("truncate");
    this.encodePending();
    return this.buffer.truncate(pos === undefined || pos === null ? this.tell() : pos);
  }

  flush(): null {
    this.check();
    this.flushPending();
    return null;
  }

  close(): null {
    if (this.buffer.closed) return null;
    try {
      this.encodePending();
    } finally {
      this.buffer.close();
    }
    return null;
  }

  __enter__(): this {
    this.check();
    return this;
  }

  __exit__(..._exc: unknown[]): null {
    this.close();
    return null;
  }

  __iter__(): this {
    this.check();
    return this;
  }

  __next__(): string {
    this.checkReadable();
    const line = this.takeLine(-1);
    if (line === "") throw new StopIteration();
    return line;
  }

  *[Symbol.iterator](): Generator<string> {
    this.__iter__();
    for (;;) {
      this.checkReadable();
      const line = this.takeLine(-1);
      if (line === "") return;
      yield line;
    }
  }
}
