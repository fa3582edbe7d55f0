// The parent's end of a child's stdin: BufferedWriter, or TextIOWrapper in text mode. Writes
// are queued on the pipe without waiting, as a buffered write that fits returns at once.
import type { Writable } from "node:stream";
import { OSError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { encodeString } from "../builtins/codecs.js";
import { markBuiltinClasses } from "../builtins/classname.js";
import { typeName } from "../builtins/typename.js";
import { bindCall, signature } from "../multiprocessing/call.js";
import { closedMessage, PipeEnd, type TextOptions } from "./pipe-util.js";

const WRITE_SIG = signature("write", ["self", "data"]);

export class PipeWriter extends PipeEnd {
  private broken = false;

  constructor(
    private readonly stream: Writable,
    text: TextOptions | null,
  ) {
    super(stream, text);
    // A child that exits without reading its stdin makes our writes fail with EPIPE. Node reports
    // it on a later tick, so it surfaces from the next write()/flush() as BrokenPipeError
    // (communicate() ignores it, as CPython's does).
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") this.broken = true;
    });
  }

  // Node destroys a child's stdin once the child has exited: a write would find no reader. A
  // flush fails only after a write did (there is no buffer of our own to push out).
  private checkBroken(options: { writing: boolean }): void {
    if (this.broken || (options.writing && this.stream.destroyed)) throw new OSError(32, "Broken pipe");
  }

  // libuv tries the write at once, and a failure marks the stream errored synchronously.
  private send(data: Uint8Array): void {
    this.stream.write(data);
    if ((this.stream.errored as NodeJS.ErrnoException | null)?.code === "EPIPE") this.broken = true;
  }

  write(...raw: unknown[]): number {
    const data = bindCall(WRITE_SIG, raw).data;
    if (this.text) {
      if (this.closed) throw new ValueError(closedMessage(this.text, "write"));
      if (typeof data !== "string") throw new TypeError(`write() argument must be str, not ${typeName(data)}`);
      this.checkBroken({ writing: true });
      this.send(encodeString(data, this.text.encoding, this.text.errors).bytes);
      this.checkBroken({ writing: false });
      return [...data].length;
    }
    if (!(data instanceof PyBytes)) throw new TypeError(`a bytes-like object is required, not '${typeName(data)}'`);
    if (this.closed) throw new ValueError("write to closed file");
    this.checkBroken({ writing: true });
    this.send(data.bytes);
    this.checkBroken({ writing: false });
    return data.bytes.length;
  }

  /** Already-encoded input from communicate(), past write()'s type checks. */
  sendBytes(data: Uint8Array): void {
    this.stream.write(data);
  }

  writelines(lines: Iterable<unknown>): void {
    for (const line of lines) this.write(line);
  }

  flush(): void {
    if (this.closed) throw new ValueError(this.text ? "I/O operation on closed file." : "flush of closed file");
    this.checkBroken({ writing: false });
  }

  readable(): boolean {
    return false;
  }

  writable(): boolean {
    return true;
  }

  protected release(): void {
    this.stream.end();
  }
}

// The Python-visible classes: _io.BufferedWriter, or TextIOWrapper in text mode.
export class BufferedWriter extends PipeWriter {
  static readonly __name__ = "BufferedWriter";
}
export class TextIOWriter extends PipeWriter {
  static readonly __name__ = "TextIOWrapper";
}
markBuiltinClasses([BufferedWriter, TextIOWriter], "_io");

export function openWriter(stream: Writable, text: TextOptions | null): PipeWriter {
  return text ? new TextIOWriter(stream, text) : new BufferedWriter(stream, null);
}
