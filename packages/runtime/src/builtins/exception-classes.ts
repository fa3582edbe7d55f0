// CPython 3.11's builtin exception hierarchy (OSError's family is in oserror.ts). Python names shadow the JS globals of the same
// name inside this module, so native errors are reached through `globalThis`.
import { repr, str } from "./repr.js";
import { PyTuple } from "./tuple.js";
import { pyClassName } from "./classname.js";

export class BaseException extends Error {
  args: PyTuple;
  __cause__: BaseException | null = null;
  __context__: BaseException | null = null;
  __suppress_context__ = false;
  __notes__?: unknown[];

  constructor(...args: unknown[]) {
    super();
    // BaseException.__new__ keeps every constructor argument; __init__ (possibly a user
    // override calling super().__init__(msg)) may then replace them.
    this.args = PyTuple.fromIterable(args);
    this.__init__(...args);
  }

  __init__(...args: unknown[]): void {
    this.args = PyTuple.fromIterable(args);
  }

  // Python's BaseException.__str__: '' / str(arg) / str(args).
  __str__(): string {
    if (this.args.length === 0) return "";
    if (this.args.length === 1) return str(this.args[0]);
    return str(this.args);
  }

  __repr__(): string {
    const name = pyClassName(this.constructor);
    if (this.args.length === 1) return `${name}(${repr(this.args[0])})`;
    return name + repr(this.args);
  }

  with_traceback(_tb: unknown): this {
    return this;
  }

  add_note(note: unknown): void {
    if (typeof note !== "string") {
      throw new TypeError(`note must be a str, not '${pyClassName((note as object)?.constructor)}'`);
    }
    (this.__notes__ ??= []).push(note);
  }
}

// JS tooling (stack traces, console) reads `name`/`message`; derive both from the Python view.
Object.defineProperty(BaseException.prototype, "name", {
  get(this: BaseException) {
    return pyClassName(this.constructor);
  },
  configurable: true,
});
Object.defineProperty(BaseException.prototype, "message", {
  get(this: BaseException) {
    try {
      return str(this);
    } catch {
      return "<exception str() failed>";
    }
  },
  configurable: true,
});

export class Exception extends BaseException {}
export class GeneratorExit extends BaseException {}
export class KeyboardInterrupt extends BaseException {}

export class SystemExit extends BaseException {
  get code(): unknown {
    if (this.args.length === 0) return null;
    return this.args.length === 1 ? this.args[0] : this.args;
  }
}

export class BaseExceptionGroup extends BaseException {
  get exceptions(): PyTuple {
    return PyTuple.fromIterable((this.args[1] as Iterable<unknown>) ?? []);
  }
  override __str__(): string {
    const n = this.exceptions.length;
    return `${str(this.args[0])} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }
}
export class ExceptionGroup extends BaseExceptionGroup {}

export class ArithmeticError extends Exception {}
export class FloatingPointError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class ZeroDivisionError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class BufferError extends Exception {}
export class EOFError extends Exception {}
export class ImportError extends Exception {
  get msg(): unknown {
    return this.args.length === 1 ? this.args[0] : null;
  }
}
export class ModuleNotFoundError extends ImportError {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  // The one builtin whose str() is the repr of its single argument.
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}
export class MemoryError extends Exception {}
export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}
export class ReferenceError extends Exception {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class StopAsyncIteration extends Exception {}
export class StopIteration extends Exception {
  get value(): unknown {
    return this.args.length === 0 ? null : this.args[0];
  }
}
export class SyntaxError extends Exception {
  get msg(): unknown {
    return this.args.length >= 1 ? this.args[0] : null;
  }
}
export class IndentationError extends SyntaxError {}
export class TabError extends IndentationError {}
export class SystemError extends Exception {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class UnicodeError extends ValueError {}
export class Warning extends Exception {}
export class BytesWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class EncodingWarning extends Warning {}
export class FutureWarning extends Warning {}
export class ImportWarning extends Warning {}
export class PendingDeprecationWarning extends Warning {}
export class ResourceWarning extends Warning {}
export class RuntimeWarning extends Warning {}
export class SyntaxWarning extends Warning {}
export class UnicodeWarning extends Warning {}
export class UserWarning extends Warning {}

