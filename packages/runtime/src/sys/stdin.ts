// sys.stdin as a text stream over fd 0. Reads go straight to the fd, a line at a time, with no
// read-ahead, so input() (which reads fd 0 byte by byte) and sys.stdin can be mixed as in CPython.
// Universal newlines: "\r\n" and "\r" read as "\n".
import { readSync } from "node:fs";
import { StopIteration, TypeError, ValueError } from "../builtins/exceptions.js";
import { typeName } from "../builtins/typename.js";

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function readByte(fd: number, one: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, one, 0, 1, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(sleepCell, 0, 0, 1);
        continue;
      }
      if (code === "EOF") return 0;
      throw e;
    }
  }
}

function sizeArg(v: unknown): number {
  if (v === undefined || v === null) return -1;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "boolean") return Number(v);
  throw new TypeError(`argument should be integer or None, not '${typeName(v)}'`);
}

export class StdinStream {
  static readonly __name__ = "TextIOWrapper";
  static readonly __module__ = "_io";
  readonly name = "<stdin>";
  readonly encoding = "utf-8";
  readonly errors = "strict";
  readonly mode = "r";
  closed = false;
  private pushback: number | undefined;
  private readonly one = Buffer.alloc(1);

  constructor(private readonly fd: number) {}

  private byte(): number | undefined {
    if (this.pushback !== undefined) {
      const b = this.pushback;
      this.pushback = undefined;
      return b;
    }
    return readByte(this.fd, this.one) === 0 ? undefined : this.one[0]!;
  }

  private check(): void {
    if (this.closed) throw new ValueError("I/O operation on closed file.");
  }

  readline(size?: unknown): string {
    this.check();
    const limit = sizeArg(size);
    const bytes: number[] = [];
    let chars = 0;
    while (limit < 0 || chars < limit) {
      const b = this.byte();
      if (b === undefined) break;
      if (b === 0x0d) {
        const next = this.byte();
        if (next !== 0x0a && next !== undefined) this.pushback = next;
        bytes.push(0x0a);
        break;
      }
      bytes.push(b);
      if (b < 0x80 || b >= 0xc0) chars++;
      if (b === 0x0a) break;
    }
    return Buffer.from(bytes).toString("utf8");
  }

  read(size?: unknown): string {
    this.check();
    const limit = sizeArg(size);
    if (limit >= 0) {
      let out = "";
      for (let i = 0; i < limit; i++) {
        const c = this.readChar();
        if (c === "") break;
        out += c;
      }
      return out;
    }
    const chunks: string[] = [];
    for (let line = this.readline(); line !== ""; line = this.readline()) chunks.push(line);
    return chunks.join("");
  }

  private readChar(): string {
    const b = this.byte();
    if (b === undefined) return "";
    if (b === 0x0d) {
      const next = this.byte();
      if (next !== 0x0a && next !== undefined) this.pushback = next;
      return "\n";
    }
    const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    const bytes = [b];
    for (let i = 0; i < extra; i++) {
      const n = this.byte();
      if (n === undefined) break;
      bytes.push(n);
    }
    return Buffer.from(bytes).toString("utf8");
  }

  readlines(): string[] {
    const lines: string[] = [];
    for (let line = this.readline(); line !== ""; line = this.readline()) lines.push(line);
    return lines;
  }

  *[Symbol.iterator](): Generator<string> {
    for (let line = this.readline(); line !== ""; line = this.readline()) yield line;
  }

  __next__(): string {
    const line = this.readline();
    if (line === "") throw new StopIteration();
    return line;
  }

  fileno(): number {
    return this.fd;
  }
  __repr__(): string {
    return `<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>`;
  }
  readable(): boolean {
    return true;
  }
  writable(): boolean {
    return false;
  }
  isatty(): boolean {
    return false;
  }
  close(): null {
    this.closed = true;
    return null;
  }
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
}

export const stdin = new StdinStream(0);
