// contextlib as CPython 3.11's Lib/contextlib.py behaves: @contextmanager, suppress, closing,
// nullcontext, ExitStack, redirect_stdout/redirect_stderr, ContextDecorator.
// A @contextmanager object is also a decorator, so it is a callable (a function object with the
// class's prototype): generated code calls decorators directly.
import { BaseException, RuntimeError, StopIteration, TypeError } from "./builtins/exception-classes.js";
import { chainContext, handledException } from "./builtins/exception-state.js";
import { toPyException } from "./builtins/exception-format.js";
import { callMethod } from "./builtins/attributes.js";
import { Kwargs, callFunction } from "./builtins/call.js";
import { enterContext, exitContext, raiseFrom } from "./builtins/statements.js";
import { issubclass, typeOf } from "./builtins/types.js";
import { pyClassModule, pyClassQualname } from "./builtins/classname.js";
import { sysStreams } from "./builtins/stdio.js";
import { rebindStream } from "./sys.js";
import { PyTuple } from "./builtins/tuple.js";
import { truth } from "./builtins/truth.js";
import { update_wrapper } from "./functools/cache.js";

/** fn(*args) where args may end in the Kwargs that generated code passes keywords as. */
function forward(fn: unknown, args: readonly unknown[]): unknown {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) return callFunction(fn, args.slice(0, -1), last.record);
  return callFunction(fn, args);
}

/** Makes `self` callable as `self(...args)` → `self.__call__(...args)`. */
function callable<T extends object>(self: T): T {
  const fn = function (...args: unknown[]): unknown {
    return (fn as unknown as { __call__(...a: unknown[]): unknown }).__call__(...args);
  };
  Object.setPrototypeOf(fn, Object.getPrototypeOf(self));
  Object.assign(fn, self);
  return fn as unknown as T;
}

export class AbstractContextManager {
  static readonly __module__: string = "contextlib";
  __enter__(): unknown {
    return this;
  }
  __exit__(..._exc: unknown[]): unknown {
    return null;
  }
}

export class AbstractAsyncContextManager {
  static readonly __module__: string = "contextlib";
  async __aenter__(): Promise<unknown> {
    return this;
  }
  async __aexit__(..._exc: unknown[]): Promise<unknown> {
    return null;
  }
}

/** Base of a context manager that is also a decorator: `@cm()` runs each call inside `with cm`. */
export class ContextDecorator {
  static readonly __module__: string = "contextlib";
  _recreate_cm(): unknown {
    return this;
  }
  __call__(func: unknown): unknown {
    const wrapper = (...args: unknown[]): unknown => {
      const manager = this._recreate_cm();
      enterContext(manager);
      let result: unknown;
      try {
        result = forward(func, args);
      } catch (error) {
        if (!exitContext(manager, error)) throw error;
        return null;
      }
      exitContext(manager);
      return result;
    };
    return update_wrapper(wrapper, func);
  }
}

type PyGen = { __next__(): unknown; pyThrow(type: unknown, value?: unknown): unknown };

export class _GeneratorContextManager extends ContextDecorator {
  static readonly __name__: string = "_GeneratorContextManager";
  gen!: PyGen;
  func!: unknown;
  args!: readonly unknown[];

  static make(func: unknown, args: readonly unknown[]): _GeneratorContextManager {
    const self = callable(new _GeneratorContextManager());
    self.func = func;
    self.args = args;
    self.gen = forward(func, args) as PyGen;
    return self;
  }

  override _recreate_cm(): unknown {
    return _GeneratorContextManager.make(this.func, this.args);
  }

  __enter__(): unknown {
    try {
      return this.gen.__next__();
    } catch (error) {
      if (error instanceof StopIteration) throw raiseFrom(new RuntimeError("generator didn't yield"), null);
      throw error;
    }
  }

  __exit__(typ: unknown, value: unknown, _tb: unknown): boolean {
    if (typ === null || typ === undefined) {
      try {
        this.gen.__next__();
      } catch (error) {
        if (error instanceof StopIteration) return false;
        throw error;
      }
      throw new RuntimeError("generator didn't stop");
    }
    const thrown = value === null || value === undefined ? new (typ as new () => BaseException)() : value;
    try {
      this.gen.pyThrow(thrown);
    } catch (error) {
      // Suppressed: the generator returned (StopIteration), unless that is the thrown one.
      if (error instanceof StopIteration) return error !== thrown;
      // The thrown exception coming back (or wrapped by PEP 479) propagates from the with.
      if (error === thrown) return false;
      if (error instanceof RuntimeError && thrown instanceof StopIteration && error.__cause__ === thrown) return false;
      throw error;
    }
    throw new RuntimeError("generator didn't stop after throw()");
  }
}

/** @contextmanager: `def cm(): setup; yield value; teardown` as a context manager factory.
 *  TODO(#4): @asynccontextmanager, once async generators convert. */
export function contextmanager(func: unknown): unknown {
  const helper = (...args: unknown[]): unknown => _GeneratorContextManager.make(func, args);
  return update_wrapper(helper, func);
}

/** with suppress(E1, E2): those exceptions (and their subclasses) end the block silently. */
export class suppress extends AbstractContextManager {
  readonly _exceptions: PyTuple;
  constructor(...exceptions: unknown[]) {
    super();
    this._exceptions = PyTuple.fromIterable(exceptions);
  }
  override __enter__(): null {
    return null;
  }
  override __exit__(exctype: unknown): boolean {
    return exctype !== null && exctype !== undefined && issubclass(exctype, this._exceptions);
  }
}

/** with closing(thing) as t: thing.close() at the end. */
export class closing extends AbstractContextManager {
  constructor(readonly thing: unknown) {
    super();
  }
  override __enter__(): unknown {
    return this.thing;
  }
  override __exit__(): null {
    callMethod(this.thing, "close");
    return null;
  }
}

/** with nullcontext(x) as v: v is x, nothing else happens (also as `async with`). */
export class nullcontext extends AbstractContextManager {
  readonly enter_result: unknown;
  constructor(enter_result: unknown = null) {
    super();
    this.enter_result = enter_result;
  }
  override __enter__(): unknown {
    return this.enter_result;
  }
  override __exit__(): null {
    return null;
  }
  async __aenter__(): Promise<unknown> {
    return this.enter_result;
  }
  async __aexit__(): Promise<null> {
    return null;
  }
}

type Stream = (typeof sysStreams)["stdout"];

class RedirectStream extends AbstractContextManager {
  readonly #stream: "stdout" | "stderr";
  readonly #old: Stream[] = [];
  constructor(
    stream: "stdout" | "stderr",
    readonly _new_target: unknown,
  ) {
    super();
    this.#stream = stream;
  }
  override __enter__(): unknown {
    this.#old.push(sysStreams[this.#stream]);
    rebindStream(this.#stream, this._new_target);
    return this._new_target;
  }
  override __exit__(): null {
    rebindStream(this.#stream, this.#old.pop()!);
    return null;
  }
}

/** with redirect_stdout(io.StringIO()) as f: print() writes to f. */
export class redirect_stdout extends RedirectStream {
  constructor(new_target: unknown) {
    super("stdout", new_target);
  }
}

export class redirect_stderr extends RedirectStream {
  constructor(new_target: unknown) {
    super("stderr", new_target);
  }
}

type ExitCallback = (type: unknown, value: unknown, tb: unknown) => unknown;

/** A LIFO stack of exit callbacks, unwound when the `with` ends (or by close()). */
export class ExitStack extends AbstractContextManager {
  _exit_callbacks: ExitCallback[] = [];

  pop_all(): ExitStack {
    const stack = new (this.constructor as new () => ExitStack)();
    stack._exit_callbacks = this._exit_callbacks;
    this._exit_callbacks = [];
    return stack;
  }

  /** A context manager's __exit__, or a callable taking (type, value, traceback). */
  push(exit: unknown): unknown {
    const method = (exit as { __exit__?: unknown } | null)?.__exit__;
    if (typeof method === "function") this._exit_callbacks.push((t, v, tb) => callMethod(exit, "__exit__", t, v, tb));
    else this._exit_callbacks.push((t, v, tb) => callFunction(exit, [t, v, tb]));
    return exit;
  }

  enter_context(cm: unknown): unknown {
    const m = cm as { __enter__?: unknown; __exit__?: unknown } | null;
    if (m === null || (typeof m !== "object" && typeof m !== "function") || typeof m.__enter__ !== "function" || typeof m.__exit__ !== "function") {
      const cls = typeOf(cm);
      throw raiseFrom(new TypeError(`'${pyClassModule(cls)}.${pyClassQualname(cls)}' object does not support the context manager protocol`), null);
    }
    const result = callMethod(cm, "__enter__");
    this._exit_callbacks.push((t, v, tb) => callMethod(cm, "__exit__", t, v, tb));
    return result;
  }

  callback(callback: unknown, ...args: unknown[]): unknown {
    this._exit_callbacks.push(() => {
      forward(callback, args);
      return null;
    });
    return callback;
  }

  close(): null {
    this.__exit__(null, null, null);
    return null;
  }

  override __enter__(): this {
    return this;
  }

  // ExitStack.__exit__: every callback runs, newest first; one that raises replaces the pending
  // exception (chained to it), one that returns true suppresses it.
  override __exit__(type: unknown, value: unknown, tb: unknown): boolean {
    const received = type !== null && type !== undefined;
    const frameExc = handledException();
    let details: [unknown, unknown, unknown] = [type, value, tb];
    let suppressed = false;
    let pending = false;
    while (this._exit_callbacks.length > 0) {
      const cb = this._exit_callbacks.pop()!;
      try {
        if (truth(cb(...details))) {
          suppressed = true;
          pending = false;
          details = [null, null, null];
        }
      } catch (raised) {
        const error = toPyException(raised);
        // Raised while frameExc was handled, as CPython's raise would record.
        if (frameExc !== null) chainContext(error, frameExc);
        fixContext(error, details[1] as BaseException | null, frameExc);
        pending = true;
        details = [typeOf(error), error, null];
      }
    }
    if (pending) throw details[1];
    return received && suppressed;
  }
}

// _fix_exception_context: the new exception's chain ends at the previous pending one, not at
// the exception the `with` statement itself was handling.
function fixContext(newExc: BaseException, oldExc: BaseException | null, frameExc: BaseException | null): void {
  let e = newExc;
  for (;;) {
    const context = e.__context__;
    if (context === null || context === oldExc) return;
    if (context === frameExc) break;
    e = context;
  }
  e.__context__ = oldExc;
}
