// multiprocessing's own exception classes (defined in CPython's multiprocessing/context.py,
// so tracebacks name them `multiprocessing.context.TimeoutError`).
import { Exception } from "../builtins/exceptions.js";

export class ProcessError extends Exception {
  static readonly __module__ = "multiprocessing.context";
}
export class BufferTooShort extends ProcessError {
  static override readonly __module__ = "multiprocessing.context";
}
export class TimeoutError extends ProcessError {
  static override readonly __module__ = "multiprocessing.context";
}
export class AuthenticationError extends ProcessError {
  static override readonly __module__ = "multiprocessing.context";
}
