// Python generator objects. A generator function's body is a JS generator, wrapped so that
// send/throw/close, the just-started check, PEP 479 and for-loop breaks act as in CPython.
import { GeneratorExit, RuntimeError, StopIteration, TypeError, ValueError, BaseException } from "./exception-classes.js";

type State = "created" | "suspended" | "running" | "closed";

export class PyGenerator implements Iterator<unknown, unknown, unknown> {
  declare readonly __pytype__: "generator";
  readonly #gen: Generator<unknown, unknown, unknown>;
  #state: State = "created";

  constructor(gen: Generator<unknown, unknown, unknown>) {
    this.#gen = gen;
  }

  [Symbol.iterator](): this {
    return this;
  }

  // The JS iterator protocol (for-of, yield*, spreads): results, not StopIteration.
  next(value?: unknown): IteratorResult<unknown, unknown> {
    return this.#resume("next", value);
  }

  throw(error: unknown): IteratorResult<unknown, unknown> {
    return this.#resume("throw", error);
  }

  // A JS for-of that breaks calls return(). CPython does not close a generator that is still
  // referenced after the loop (`for x in g: break` then `list(g)` goes on), so this keeps it open.
  return(value?: unknown): IteratorResult<unknown, unknown> {
    if (this.closeOnReturn) this.close();
    return { done: true, value };
  }

  /** Set by closingAtExit: a loop holds the only reference, so leaving the loop closes it. */
  closeOnReturn = false;

  __iter__(): this {
    return this;
  }

  __next__(): unknown {
    return this.send(null);
  }

  send(value: unknown): unknown {
    if (this.#state === "created" && value !== null && value !== undefined) {
      throw new TypeError("can't send non-None value to a just-started generator");
    }
    return unwrap(this.#resume("next", value));
  }

  /** Python's `gen.throw(exc)` (JS's `throw` is the iterator protocol's). */
  pyThrow(type: unknown, value?: unknown): unknown {
    let error = type;
    if (typeof type === "function") {
      error = value instanceof (type as new (...a: unknown[]) => unknown) ? value : value === undefined || value === null ? new (type as new () => unknown)() : new (type as new (v: unknown) => unknown)(value);
    }
    if (!(error instanceof BaseException)) throw new TypeError("exceptions must be classes or instances deriving from BaseException, not " + typeof error);
    return unwrap(this.#resume("throw", error));
  }

  close(): null {
    if (this.#state === "created") {
      // Closing before the first next() runs none of the body.
      this.#state = "closed";
      this.#gen.return(undefined);
      return null;
    }
    if (this.#state === "closed") return null;
    let result: IteratorResult<unknown, unknown>;
    try {
      result = this.#resume("throw", new GeneratorExit());
    } catch (e) {
      if (e instanceof GeneratorExit || e instanceof StopIteration) return null;
      throw e;
    }
    if (!result.done) throw new RuntimeError("generator ignored GeneratorExit");
    return null;
  }

  #resume(mode: "next" | "throw", value: unknown): IteratorResult<unknown, unknown> {
    if (this.#state === "running") throw new ValueError("generator already executing");
    if (this.#state === "closed") {
      if (mode === "throw") throw value;
      return { done: true, value: undefined };
    }
    this.#state = "running";
    let result: IteratorResult<unknown, unknown>;
    try {
      result = mode === "next" ? this.#gen.next(value) : this.#gen.throw(value);
    } catch (e) {
      this.#state = "closed";
      if (e instanceof StopIteration) {
        // PEP 479: a StopIteration escaping the body would silently end the caller's loop.
        const error = new RuntimeError("generator raised StopIteration");
        error.__cause__ = e;
        error.__context__ = e;
        throw error;
      }
      throw e;
    }
    this.#state = result.done ? "closed" : "suspended";
    return result;
  }
}
Object.defineProperty(PyGenerator.prototype, "__pytype__", { value: "generator" });

function unwrap(result: IteratorResult<unknown, unknown>): unknown {
  if (!result.done) return result.value;
  throw result.value === undefined || result.value === null ? new StopIteration() : new StopIteration(result.value);
}

/** The generator object a call of a generator function returns:
 *  `def g(): yield 1` → `function g() { return generator(function* () { yield 1; }); }`.
 *  A method passes its `this`; a generator expression passes the JS generator itself. */
export function generator<T>(body: ((this: T) => Generator<unknown, unknown, unknown>) | Generator<unknown, unknown, unknown>, self?: T): Generator<any, any, any> {
  const gen = typeof body === "function" ? body.call(self as T) : body;
  return new PyGenerator(gen) as unknown as Generator<any, any, any>;
}

export const generatorMethods = {
  send: (g: PyGenerator, value: unknown) => g.send(value),
  throw: (g: PyGenerator, type: unknown, value?: unknown) => g.pyThrow(type, value),
  close: (g: PyGenerator) => g.close(),
  __next__: (g: PyGenerator) => g.__next__(),
  __iter__: (g: PyGenerator) => g,
};

/** `for x in gen(): … break` → `for (const x of closingAtExit(gen()))`: the loop owns the new
 *  generator, and CPython closes it (running its `finally`) as soon as the loop drops it. */
export function closingAtExit<T>(iterable: T): T {
  if (iterable instanceof PyGenerator) iterable.closeOnReturn = true;
  return iterable;
}
