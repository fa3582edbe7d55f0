// concurrent.futures' exception classes, with the modules CPython defines them in.
import { Exception, RuntimeError } from "../../builtins/exceptions.js";

export class Error extends Exception {
  static readonly __module__: string = "concurrent.futures._base";
}
export class CancelledError extends Error {
  static override readonly __module__ = "concurrent.futures._base";
}
export class InvalidStateError extends Error {
  static override readonly __module__ = "concurrent.futures._base";
}
export class BrokenExecutor extends RuntimeError {
  static readonly __module__: string = "concurrent.futures._base";
}
export class BrokenThreadPool extends BrokenExecutor {
  static override readonly __module__ = "concurrent.futures.thread";
}
export class BrokenProcessPool extends BrokenExecutor {
  static override readonly __module__ = "concurrent.futures.process";
}
