// The parent's end of a child's stdout/stderr: BufferedReader, or TextIOWrapper (universal
// newlines) in text mode. Reads are async; communicate() and read()/readline() share one buffer.
import type { Readable } from "node:stream";
import { NotImplementedError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { markBuiltinClasses } from "../builtins/classname.js";
import { bindCall, signature } from "../multiprocessing/call.js";
import { charsEnd, closedMessage, holdPipe, lineEndText, PipeEnd, raceDeadline, translateNewlines, type TextOptions } from "./pipe-util.js";

const READ_SIG = signature("read", ["self", "size="]);
const READLINE_SIG = signature("readline", ["self", "size="]);

export class PipeReader extends PipeEnd {
  private chunks: Buffer[] = [];
  private eof = false;
  private wakeups: (() => void)[] = [];
  private started = false;

  constructor(
    private readonly stream: Readable,
    text: TextOptions | null,
  ) {
    super(stream, text);
    holdPipe(stream);
    stream.on("end", () => this.finish());
    stream.on("close", () => this.finish());
    stream.on("error", () => this.finish());
  }

  // Reading starts on first use, as a child's data stays in the pipe until CPython reads it;
  // so a pipe handed to another child as its stdin (p1.stdout → p2) loses nothing to us.
  private start(): void {
    if (this.started) return;
    this.started = true;
    this.stream.on("data", (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.wake();
    });
  }

  private finish(): void {
    this.eof = true;
    this.wake();
  }

  private wake(): void {
    const pending = this.wakeups;
    this.wakeups = [];
    for (const resolve of pending) resolve();
  }

  private buffered(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0]!;
  }

  private take(n: number): Buffer {
    const all = this.buffered();
    this.chunks = [all.subarray(n)];
    return all.subarray(0, n);
  }

  /** Resolves when more data or EOF arrives. */
  private next(): Promise<void> {
    this.start();
    return new Promise((resolve) => this.wakeups.push(resolve));
  }

  private check(op: string): void {
    if (this.closed) throw new ValueError(closedMessage(this.text, op));
  }

  /** Everything up to EOF, or undefined when `deadline` (ms, performance.now) passes first. */
  async readAll(deadline: number | null = null): Promise<Buffer | undefined> {
    while (!this.eof) {
      if (deadline === null) await this.next();
      else if (!(await raceDeadline(this.next(), deadline))) return undefined;
    }
    return this.take(this.buffered().length);
  }

  /** What has arrived so far, without waiting (TimeoutExpired.output). */
  peek(): Buffer {
    return this.buffered();
  }

  async read(...raw: unknown[]): Promise<PyBytes | string> {
    const size = bindCall(READ_SIG, raw).size;
    this.check("read");
    const n = size === undefined || size === null ? -1 : Number(size);
    if (n < 0) return this.wrap((await this.readAll())!);
    if (!this.text) {
      while (!this.eof && this.buffered().length < n) await this.next();
      return this.wrap(this.take(Math.min(n, this.buffered().length)));
    }
    // Text: n characters after newline translation, so wait for the byte where the (n+1)th begins.
    for (;;) {
      const end = charsEnd(this.buffered(), n, this.text);
      if (end !== undefined || this.eof) return this.wrap(this.take(end ?? this.buffered().length));
      await this.next();
    }
  }

  async readline(...raw: unknown[]): Promise<PyBytes | string> {
    const size = bindCall(READLINE_SIG, raw).size;
    this.check("readline");
    const limit = size === undefined || size === null ? -1 : Number(size);
    for (;;) {
      const all = this.buffered();
      const nl = this.text ? lineEndText(all, this.eof) : all.indexOf(0x0a);
      if (nl >= 0 && (limit < 0 || nl < limit)) return this.wrap(this.take(nl + 1));
      if (limit >= 0 && all.length >= limit) return this.wrap(this.take(limit));
      if (this.eof) return this.wrap(this.take(all.length));
      await this.next();
    }
  }

  async readlines(): Promise<(PyBytes | string)[]> {
    const lines: (PyBytes | string)[] = [];
    for (;;) {
      const line = await this.readline();
      if ((typeof line === "string" ? line.length : line.bytes.length) === 0) return lines;
      lines.push(line);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<PyBytes | string> {
    for (;;) {
      const line = await this.readline();
      if ((typeof line === "string" ? line.length : line.bytes.length) === 0) return;
      yield line;
    }
  }

  // Reading a line waits for the child, so only `for await` can iterate a pipe; a plain `for`
  // means the transpiler could not tell that the loop reads one.
  [Symbol.iterator](): never {
    throw new NotImplementedError(
      "iterating a subprocess pipe needs `for await`: py2ts could not tell that this loop reads Popen.stdout/stderr",
    );
  }

  private wrap(data: Buffer): PyBytes | string {
    const bytes = new Uint8Array(data);
    return this.text ? translateNewlines(bytes, this.text) : new PyBytes(bytes);
  }

  readable(): boolean {
    return true;
  }

  writable(): boolean {
    return false;
  }

  protected release(): void {
    this.stream.destroy();
  }
}

// The Python-visible classes: _io.BufferedReader, or TextIOWrapper in text mode.
export class BufferedReader extends PipeReader {
  static readonly __name__ = "BufferedReader";
}
export class TextIOReader extends PipeReader {
  static readonly __name__ = "TextIOWrapper";
}
markBuiltinClasses([BufferedReader, TextIOReader], "_io");

export function openReader(stream: Readable, text: TextOptions | null): PipeReader {
  return text ? new TextIOReader(stream, text) : new BufferedReader(stream, null);
}
