// Filterer, Handler, StreamHandler, FileHandler, NullHandler and the last-resort handler.
import { openSync, writeSync, closeSync } from "node:fs";
import { resolve } from "node:path";
import { Exception, NotImplementedError, RecursionError, TypeError, toPyException } from "../builtins/exceptions.js";
import { handledException, whileHandling } from "../builtins/exception-state.js";
import { repr, str } from "../builtins/repr.js";
import { formatException } from "../traceback-format.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import { sysStreams } from "../builtins/stdio.js";
import { truth } from "../builtins/truth.js";
import { callMethod } from "../builtins/attributes.js";
import { fromNodeSystemError } from "../builtins/errno.js";
import { Formatter } from "./formatter.js";
import { checkLevel, getLevelName, NOTSET, WARNING, type LogRecord } from "./record.js";

export class Filter {
  static readonly __module__ = "logging";
  static readonly __name__ = "Filter";
  name: string;
  nlen: number;
  constructor(name: unknown = "") {
    this.name = (name ?? "") as string;
    this.nlen = this.name.length;
  }
  filter(record: LogRecord): boolean {
    if (this.nlen === 0 || this.name === record.name) return true;
    if (!record.name.startsWith(this.name)) return false;
    return record.name[this.nlen] === ".";
  }
}

export class Filterer {
  filters: unknown[] = [];
  addFilter(f: unknown): void {
    if (!this.filters.includes(f)) this.filters.push(f);
  }
  removeFilter(f: unknown): void {
    const i = this.filters.indexOf(f);
    if (i >= 0) this.filters.splice(i, 1);
  }
  filter(record: LogRecord): boolean {
    for (const f of this.filters) {
      const method = (f as { filter?: unknown } | null)?.filter;
      const r = typeof method === "function" ? method.call(f, record) : (f as (r: LogRecord) => unknown)(record);
      if (!truth(r)) return false;
    }
    return true;
  }
}

const defaultFormatter = new Formatter();

export class Handler extends Filterer {
  static readonly __module__: string = "logging";
  static readonly __name__: string = "Handler";
  level: number;
  formatter: Formatter | null = null;
  _name: string | null = null;

  constructor(level: unknown = NOTSET) {
    super();
    this.level = checkLevel(level);
  }
  get name(): string | null {
    return this._name;
  }
  set name(v: string | null) {
    this._name = v;
  }
  setLevel(level: unknown): void {
    this.level = checkLevel(level);
  }
  setFormatter(fmt: Formatter | null): void {
    this.formatter = fmt;
  }
  format(record: LogRecord): string {
    return (this.formatter ?? defaultFormatter).format(record);
  }
  emit(_record: LogRecord): void {
    throw new NotImplementedError("emit must be implemented by Handler subclasses");
  }
  handle(record: LogRecord): boolean {
    const rv = this.filter(record);
    if (rv) this.emit(record);
    return rv;
  }
  /** Handler.handleError(record): called, while the exception is being handled, when emit()
   *  fails; logging goes on. What CPython writes to stderr, but for its "Call stack:" section
   *  (frames of logging's own code). */
  handleError(record: LogRecord): void {
    const error = handledException();
    if (error === null) return;
    const stderr = sysStreams.stderr;
    stderr.write("--- Logging error ---\n");
    stderr.write(formatException(error));
    stderr.write(`Message: ${repr(record.msg)}\nArguments: ${str(record.args)}\n`);
  }
  flush(): void {}
  close(): void {}
  acquire(): void {}
  release(): void {}
  __repr__(): string {
    return `<${(this.constructor as { __name__?: string }).__name__ ?? this.constructor.name} (${getLevelName(this.level) as string})>`;
  }
}

const streamSig = signatureFromText("StreamHandler(stream=)");

export class StreamHandler extends Handler {
  static override readonly __name__: string = "StreamHandler";
  terminator = "\n";
  stream: unknown;
  constructor(...args: unknown[]) {
    super();
    const [stream] = bindArguments(streamSig, args);
    this.stream = stream ?? sysStreams.stderr;
  }
  override flush(): void {
    const f = (this.stream as { flush?: unknown } | null)?.flush;
    if (typeof f === "function") f.call(this.stream);
  }
  override emit(record: LogRecord): void {
    try {
      const msg = this.format(record);
      callMethod(this.stream, "write", msg + this.terminator);
      this.flush();
    } catch (thrown) {
      const error = toPyException(thrown);
      if (error instanceof RecursionError) throw error;
      if (!(error instanceof Exception)) throw error;
      whileHandling(error, () => callMethod(this, "handleError", record));
    }
  }
  setStream(stream: unknown): unknown {
    if (stream === this.stream) return null;
    const old = this.stream;
    this.flush();
    this.stream = stream;
    return old;
  }
  override __repr__(): string {
    const name = (this.stream as { name?: unknown } | null)?.name;
    const n = name === undefined ? "" : `${String(name)} `;
    return `<${(this.constructor as { __name__?: string }).__name__} ${n}(${getLevelName(this.level) as string})>`;
  }
}

const fileSig = signatureFromText("FileHandler(filename, mode=, encoding=, delay=, errors=)");

/** Writes straight to the file descriptor, one write per record, so nothing is lost at exit. */
class FileStream {
  constructor(readonly name: string, private readonly fd: number) {}
  write(s: string): void {
    writeSync(this.fd, s);
  }
  flush(): void {}
  close(): void {
    closeSync(this.fd);
  }
}

export class FileHandler extends StreamHandler {
  static override readonly __name__: string = "FileHandler";
  baseFilename: string;
  mode: string;
  encoding: unknown;

  constructor(...args: unknown[]) {
    const [filename, mode, encoding, delay] = bindArguments(fileSig, args);
    super(null);
    if (typeof filename !== "string") throw new TypeError("expected str, bytes or os.PathLike object, not " + typeof filename);
    this.baseFilename = resolve(filename);
    this.mode = (mode ?? "a") as string;
    this.encoding = encoding ?? null;
    this.stream = truth(delay) ? null : this._open();
  }
  _open(): FileStream {
    try {
      return new FileStream(this.baseFilename, openSync(this.baseFilename, this.mode.replace("b", "")));
    } catch (e) {
      throw fromNodeSystemError(e) ?? e;
    }
  }
  override emit(record: LogRecord): void {
    if (this.stream === null) this.stream = this._open();
    super.emit(record);
  }
  override close(): void {
    if (this.stream instanceof FileStream) this.stream.close();
    this.stream = null;
  }
  override __repr__(): string {
    return `<FileHandler ${this.baseFilename} (${getLevelName(this.level) as string})>`;
  }
}

export class NullHandler extends Handler {
  static override readonly __name__: string = "NullHandler";
  override handle(): boolean {
    return true;
  }
  override emit(): void {}
}

/** logging.lastResort: WARNING and above, bare messages, to whatever sys.stderr is now. */
class StderrHandler extends StreamHandler {
  static override readonly __name__: string = "_StderrHandler";
  constructor() {
    super(null);
    this.level = WARNING;
  }
  override emit(record: LogRecord): void {
    this.stream = sysStreams.stderr;
    super.emit(record);
  }
}

export const lastResort = new StderrHandler();
