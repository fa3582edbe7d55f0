// Helpers the transpiler emits for statements: tuple unpacking, `with`, `raise`, unbound
// names and class attributes, each raising CPython's exact errors.
import { awaitable } from "./coroutine.js";
import { BaseException, NameError, TypeError, UnboundLocalError, ValueError } from "./exception-classes.js";
import { callMethod } from "./attributes.js";
import { toPyException } from "./exception-format.js";
import { chainContext, whileHandling } from "./exception-state.js";
import { recordNameLookup } from "../traceback-suggestions.js";
import { iter } from "./iteration.js";
import { truth } from "./truth.js";
import { typeName } from "./typename.js";
import { typeOf } from "./types.js";

function items(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  try {
    return [...iter(value)];
  } catch (e) {
    if (e instanceof TypeError && /is not iterable$/.test(e.__str__())) {
      throw new TypeError(`cannot unpack non-iterable ${typeName(value)} object`);
    }
    throw e;
  }
}

// a, b = value
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function unpack(value: unknown, count: number): any[] {
  const xs = items(value);
  if (xs.length < count) throw new ValueError(`not enough values to unpack (expected ${count}, got ${xs.length})`);
  if (xs.length > count) throw new ValueError(`too many values to unpack (expected ${count})`);
  return xs;
}

// for a, b in iterable. The source of a `for await` (a pool's imap iterator, whose items arrive
// from other processes) is only async-iterable: its items are unpacked as they arrive.
export function unpackEach(iterable: unknown, count: number): Generator<unknown[]> {
  const source = iterable as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (source !== null && typeof source === "object" && typeof source[Symbol.iterator] !== "function" && typeof source[Symbol.asyncIterator] === "function") {
    return unpackEachAsync(source as AsyncIterable<unknown>, count) as unknown as Generator<unknown[]>;
  }
  return unpackEachSync(iterable, count);
}

function* unpackEachSync(iterable: unknown, count: number): Generator<unknown[]> {
  for (const item of iter(iterable)) yield unpack(item, count);
}

async function* unpackEachAsync(iterable: AsyncIterable<unknown>, count: number): AsyncGenerator<unknown[]> {
  for await (const item of iterable) yield unpack(item, count);
}

// a, *rest, z = value → [a, rest, z]
export function unpackStarred(value: unknown, before: number, after: number): unknown[] {
  const xs = items(value);
  if (xs.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${xs.length})`);
  }
  return [...xs.slice(0, before), xs.slice(before, xs.length - after), ...xs.slice(xs.length - after)];
}

type Manager = { __enter__?: () => unknown; __exit__?: (t: unknown, v: unknown, tb: unknown) => unknown };

/** `with m` (or `async with m`, which uses __aenter__/__aexit__): the entered value. */
export function enterContext(manager: unknown, isAsync = false): any {
  const m = manager as Record<string, unknown> | null;
  const [enter, exit] = isAsync ? ["__aenter__", "__aexit__"] : ["__enter__", "__exit__"];
  if (m === null || (typeof m !== "object" && typeof m !== "function") || typeof m[enter] !== "function" || typeof m[exit] !== "function") {
    const kind = isAsync ? "asynchronous context manager" : "context manager";
    throw new TypeError(`'${typeName(manager)}' object does not support the ${kind} protocol`);
  }
  return (m[enter] as () => unknown).call(m);
}

// Returns whether __exit__ suppressed the error (a Promise of that if __exit__ is async).
export function exitContext(manager: unknown, error?: unknown, isAsync = false): boolean | Promise<boolean> {
  // Through callMethod: a user's `def __exit__(self, *exc)` takes its arguments as one tuple.
  const exit = isAsync ? "__aexit__" : "__exit__";
  let r: unknown;
  if (error === undefined) r = callMethod(manager, exit, null, null, null);
  else {
    // __exit__ runs while the body's exception is being handled: one it raises chains to it.
    const e = toPyException(error);
    r = whileHandling(e, () => callMethod(manager, exit, typeOf(e), e, null));
    if (r instanceof Promise) r = r.catch((raised: unknown) => Promise.reject(chainContext(raised, e)));
  }
  r = awaitable(r); // an `async def __aexit__` returns a coroutine object: start it now
  return r instanceof Promise ? r.then(truth) : truth(r);
}

/** raise E from C: the cause is recorded and, as CPython does, the context suppressed. */
export function raiseFrom(exception: unknown, cause: unknown): BaseException {
  const e = raisable(exception);
  const c = cause === null || cause === undefined ? null : raisable(cause);
  e.__cause__ = c;
  e.__suppress_context__ = true;
  return e;
}

/** `async for x in it`: a JS async iterable as is, else the __aiter__/__anext__ protocol. */
export function aiter(x: unknown): AsyncIterable<unknown> {
  const o = x as Record<string | symbol, unknown> | null;
  if (o !== null && typeof o === "object" && typeof o[Symbol.asyncIterator] === "function") return o as unknown as AsyncIterable<unknown>;
  if (o === null || typeof o !== "object" || typeof o.__aiter__ !== "function") {
    throw new TypeError(`'async for' requires an object with __aiter__ method, got ${typeName(x)}`);
  }
  const iterator = (o.__aiter__ as () => Record<string, unknown>).call(o);
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        try {
          yield await (iterator.__anext__ as () => Promise<unknown>).call(iterator);
        } catch (error) {
          if (toPyException(error).constructor.name === "StopAsyncIteration") return;
          throw error;
        }
      }
    },
  };
}

// raise X / raise X(): a class is instantiated without arguments.
export function raisable(x: unknown): BaseException {
  if (x instanceof BaseException) return x;
  if (typeof x === "function" && (x === BaseException || x.prototype instanceof BaseException)) {
    return new (x as new () => BaseException)();
  }
  return new TypeError("exceptions must derive from BaseException");
}

// Typed `any`, not `never`: generated code puts it where a value is used, and TS rejects some
// uses of `never` (`for (const x of nameError("names"))` in a class-body comprehension).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function nameError(name: string): any {
  const error = new NameError(`name '${name}' is not defined`);
  recordNameLookup(error, name);
  throw error;
}

// Class attributes are statics; instances read them through prototype accessors (so a
// subclass's override wins) and an assignment on the instance shadows them, as in Python.
export function classAttributes(cls: Function, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: object) {
        return (this.constructor as unknown as Record<string, unknown>)[name];
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
      configurable: true,
    });
  }
}

/** The value of a variable that is not bound (never assigned yet, or deleted with `del`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const UNBOUND: any = Symbol("unbound");

/** A read of a module-level name that may be unbound. */
export function checkName<T>(value: T, name: string): T {
  if (value === UNBOUND) nameError(name);
  return value;
}

/** A read of a function's local that may be unbound. */
export function checkLocal<T>(value: T, name: string): T {
  if (value === UNBOUND) throw new UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
  return value;
}

/** `del x`: x must be bound; the variable then holds UNBOUND. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function deleteName(value: unknown, name: string): any {
  checkName(value, name);
  return UNBOUND;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function deleteLocal(value: unknown, name: string): any {
  checkLocal(value, name);
  return UNBOUND;
}

/** `class Shade(Color)` where Color has a class attribute `name` or `length`: JS gives Shade its
 *  own Function.name/length, which would hide Color's; removing them lets Shade inherit. */
export function inheritClassAttributes(cls: Function, names: readonly string[]): void {
  for (const name of names) {
    if (name === "name" && !Object.hasOwn(cls, "__name__")) {
      Object.defineProperty(cls, "__name__", { value: cls.name, writable: true, configurable: true });
    }
    delete (cls as unknown as Record<string, unknown>)[name];
  }
}
