// OSError and its errno-selected subclasses. `OSError(errno, strerror)` returns the subclass
// for that errno, as CPython's OSError.__new__ does.
import { constants } from "node:os";
import { Exception } from "./exception-classes.js";
import { repr, str } from "./repr.js";
import { PyTuple } from "./tuple.js";

export class OSError extends Exception {
  errno: unknown = null;
  strerror: unknown = null;
  filename: unknown = null;
  filename2: unknown = null;

  constructor(...args: unknown[]) {
    super(...args);
    if (args.length >= 2 && args.length <= 5) {
      this.errno = args[0];
      this.strerror = args[1];
      this.filename = args[2] ?? null;
      this.filename2 = args[4] ?? null;
      // CPython keeps only (errno, strerror) in args once a filename is given.
      if (args.length > 2) this.args = PyTuple.of(args[0], args[1]);
      const sub = typeof args[0] === "number" ? errnoSubclass().get(args[0]) : undefined;
      if (new.target === OSError && sub) Object.setPrototypeOf(this, sub.prototype);
    }
  }

  override __str__(): string {
    if (this.filename !== null) {
      const base = `[Errno ${str(this.errno)}] ${str(this.strerror)}: ${repr(this.filename)}`;
      return this.filename2 !== null ? `${base} -> ${repr(this.filename2)}` : base;
    }
    if (this.errno !== null && this.strerror !== null) {
      return `[Errno ${str(this.errno)}] ${str(this.strerror)}`;
    }
    return super.__str__();
  }
}

export class BlockingIOError extends OSError {}
export class ChildProcessError extends OSError {}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class FileExistsError extends OSError {}
export class FileNotFoundError extends OSError {}
export class InterruptedError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
export class TimeoutError extends OSError {}

let errnoTable: Map<number, typeof OSError> | undefined;

function errnoSubclass(): Map<number, typeof OSError> {
  if (errnoTable) return errnoTable;
  const e = constants.errno as Record<string, number | undefined>;
  const pairs: [string, number, typeof OSError][] = [
    ["EAGAIN", 11, BlockingIOError],
    ["EALREADY", 114, BlockingIOError],
    ["EINPROGRESS", 115, BlockingIOError],
    ["EWOULDBLOCK", 11, BlockingIOError],
    ["ECHILD", 10, ChildProcessError],
    ["EPIPE", 32, BrokenPipeError],
    ["ESHUTDOWN", 108, BrokenPipeError],
    ["ECONNABORTED", 103, ConnectionAbortedError],
    ["ECONNREFUSED", 111, ConnectionRefusedError],
    ["ECONNRESET", 104, ConnectionResetError],
    ["EEXIST", 17, FileExistsError],
    ["ENOENT", 2, FileNotFoundError],
    ["EISDIR", 21, IsADirectoryError],
    ["ENOTDIR", 20, NotADirectoryError],
    ["EINTR", 4, InterruptedError],
    ["EACCES", 13, PermissionError],
    ["EPERM", 1, PermissionError],
    ["ESRCH", 3, ProcessLookupError],
    ["ETIMEDOUT", 110, TimeoutError],
  ];
  errnoTable = new Map(pairs.map(([name, linux, cls]) => [e[name] ?? linux, cls]));
  return errnoTable;
}
