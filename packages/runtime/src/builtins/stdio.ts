// sys.stdout / sys.stderr as CPython's line-buffered TextIOWrapper: text accumulates and goes
// out in ONE fs.writeSync per flush, so lines from concurrent processes never interleave
// mid-line and nothing is relayed (and reordered) through Node's main-thread console.
import { writeSync } from "node:fs";
import { nodeTty } from "../host/node-modules.js";
import { TypeError } from "./exception-classes.js";
import { typeName } from "./typename.js";

const FLUSH_THRESHOLD = 8192;
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

// Node may leave a pipe in non-blocking mode; a full pipe then answers EAGAIN, so wait a
// moment and retry rather than drop output.
function writeAll(fd: number, text: string): void {
  let buf = Buffer.from(text, "utf8");
  while (buf.length > 0) {
    try {
      const n = writeSync(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      Atomics.wait(sleepCell, 0, 0, 1);
    }
  }
}

/** While set, the standard streams drop what is written (see muteStdio). */
let muted = false;

/**
 * Mutes fd 1/2 output while a child re-runs what its parent already ran (a fork child importing
 * its module, an os.fork() replay). The stream objects stay the ones sys.stdout/sys.stderr name,
 * so a logging handler or a saved `sys.stdout` made meanwhile writes for real afterwards, as the
 * handler a forked CPython child inherits does.
 */
export function muteStdio(on: boolean): void {
  muted = on;
}

export class PyTextStream {
  private pending = "";
  closed = false;
  readonly encoding = "utf-8";
  readonly errors: string;
  readonly line_buffering = true;

  constructor(
    private readonly fd: number,
    readonly name: string,
    options: { errors: string },
  ) {
    this.errors = options.errors;
  }

  // Returns the number of code points written, as TextIOWrapper.write does.
  write(s: string): number {
    if (typeof s !== "string") throw new TypeError(`write() argument must be str, not ${typeName(s)}`);
    if (!muted) this.pending += s;
    if (s.includes("\n") || s.includes("\r") || this.pending.length > FLUSH_THRESHOLD) this.flush();
    let count = 0;
    for (const _ of s) count++;
    return count;
  }

  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line);
  }

  flush(): void {
    if (this.pending === "") return;
    const text = this.pending;
    this.pending = "";
    writeAll(this.fd, text);
  }

  fileno(): number {
    return this.fd;
  }

  isatty(): boolean {
    return nodeTty().isatty(this.fd);
  }

  writable(): boolean {
    return true;
  }

  readable(): boolean {
    return false;
  }
}

export const stdout = new PyTextStream(1, "<stdout>", { errors: "strict" });
export const stderr = new PyTextStream(2, "<stderr>", { errors: "backslashreplace" });

// sys.stdout / sys.stderr may be rebound by the program (sys.stdout = io.StringIO()); print and
// tracebacks read the current binding from here.
export const sysStreams: { stdout: { write(s: string): unknown; flush?(): unknown }; stderr: { write(s: string): unknown; flush?(): unknown } } = {
  stdout,
  stderr,
};

export function flushStdio(): void {
  stdout.flush();
  stderr.flush();
}
