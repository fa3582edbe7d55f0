// io.StringIO: an in-memory text stream (what redirect_stdout and print(file=...) write into).
// Positions count UTF-16 units, not code points: TODO(#5) non-BMP text makes tell() differ.
import { OSError, TypeError, ValueError } from "../builtins/exceptions.js";
import { typeName } from "../builtins/typename.js";
import { closedFile } from "./errors.js";

export class StringIO {
  static readonly __module__ = "_io";
  #buffer: string;
  #pos = 0;
  closed = false;

  constructor(initial_value: unknown = "", newline: unknown = "\n") {
    if (initial_value !== null && typeof initial_value !== "string") {
      throw new TypeError(`initial_value must be str or None, not ${typeName(initial_value)}`);
    }
    if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") {
      throw new ValueError(`illegal newline value: ${String(newline)}`);
    }
    this.#buffer = initial_value ?? "";
  }

  #open(): void {
    if (this.closed) throw closedFile();
  }

  write(s: unknown): number {
    this.#open();
    if (typeof s !== "string") throw new TypeError(`string argument expected, got '${typeName(s)}'`);
    const before = this.#buffer.slice(0, this.#pos).padEnd(this.#pos, "\0");
    this.#buffer = before + s + this.#buffer.slice(this.#pos + s.length);
    this.#pos += s.length;
    return [...s].length;
  }

  writelines(lines: Iterable<unknown>): null {
    for (const line of lines) this.write(line);
    return null;
  }

  getvalue(): string {
    this.#open();
    return this.#buffer;
  }

  read(size: unknown = -1): string {
    this.#open();
    const end = size === null || (size as number) < 0 ? this.#buffer.length : Math.min(this.#buffer.length, this.#pos + (size as number));
    const text = this.#buffer.slice(this.#pos, Math.max(end, this.#pos));
    this.#pos += text.length;
    return text;
  }

  readline(size: unknown = -1): string {
    this.#open();
    const newline = this.#buffer.indexOf("\n", this.#pos);
    let end = newline < 0 ? this.#buffer.length : newline + 1;
    if (size !== null && (size as number) >= 0) end = Math.min(end, this.#pos + (size as number));
    const text = this.#buffer.slice(this.#pos, Math.max(end, this.#pos));
    this.#pos += text.length;
    return text;
  }

  readlines(): string[] {
    const lines: string[] = [];
    for (let line = this.readline(); line !== ""; line = this.readline()) lines.push(line);
    return lines;
  }

  *[Symbol.iterator](): Generator<string> {
    for (let line = this.readline(); line !== ""; line = this.readline()) yield line;
  }

  seek(pos: unknown, whence: unknown = 0): number {
    this.#open();
    const offset = Number(pos);
    if (whence === 0) {
      if (offset < 0) throw new ValueError(`Negative seek position ${offset}`);
      this.#pos = offset;
    } else if (whence === 1 || whence === 2) {
      if (offset !== 0) throw new OSError("Can't do nonzero cur-relative seeks");
      if (whence === 2) this.#pos = this.#buffer.length;
    } else {
      throw new ValueError(`Invalid whence (${String(whence)}, should be 0, 1 or 2)`);
    }
    return this.#pos;
  }

  tell(): number {
    this.#open();
    return this.#pos;
  }

  truncate(size: unknown = null): number {
    this.#open();
    const end = size === null ? this.#pos : Number(size);
    this.#buffer = this.#buffer.slice(0, end);
    return end;
  }

  close(): null {
    this.closed = true;
    return null;
  }

  flush(): null {
    this.#open();
    return null;
  }

  readable(): boolean {
    this.#open();
    return true;
  }
  writable(): boolean {
    this.#open();
    return true;
  }
  seekable(): boolean {
    this.#open();
    return true;
  }
  isatty(): boolean {
    this.#open();
    return false;
  }

  __enter__(): this {
    this.#open();
    return this;
  }
  __exit__(): null {
    this.close();
    return null;
  }
}
