// Python coroutine objects. `async def f(): body` becomes
// `function f() { return coroutine(async function () { body }); }`: calling f only makes the
// object, as in CPython; its body starts when it is awaited (`await awaitable(f())` starts it at
// once, as Python's `await` does) or when a Task first schedules it (asyncio/tasks.ts).
import { RuntimeError } from "./exception-classes.js";
import { objectId } from "./hash.js";

export class PyCoroutine<T = unknown> implements PromiseLike<T> {
  #body: (() => Promise<T>) | null;
  #started: Promise<T> | null = null;
  readonly #name: string;

  constructor(body: () => Promise<T>, name: string) {
    this.#body = body;
    this.#name = name;
  }

  /** Runs the body up to its first suspension; a second start is Python's reuse error. */
  start(): Promise<T> {
    const body = this.#body;
    if (body === null) return Promise.reject(new RuntimeError("cannot reuse already awaited coroutine"));
    this.#body = null;
    return (this.#started = body());
  }

  /** Whether the body has begun (a Task that wraps it must not start it again). */
  get started(): boolean {
    return this.#body === null;
  }

  /** Awaited by JS code (runtime helpers): starts it, as `await coro` does. */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return (this.#started ?? this.start()).then(onFulfilled, onRejected);
  }

  __repr__(): string {
    return `<coroutine object ${this.#name} at 0x${objectId(this).toString(16)}>`;
  }
}
Object.defineProperty(PyCoroutine.prototype, "__pytype__", { value: "coroutine" });

/** The coroutine object a call of an `async def` returns; a method passes its `this`. */
export function coroutine<T, S>(body: (this: S) => Promise<T>, name: string, self?: S): PyCoroutine<T> {
  return new PyCoroutine(() => body.call(self as S), name);
}

/** Python's `await x`: a coroutine starts now and runs until it first suspends; anything else
 *  (a Task, a future, a runtime promise) is awaited as it is. */
export function awaitable<T>(x: T): T | Promise<unknown> {
  return x instanceof PyCoroutine ? x.start() : x;
}
