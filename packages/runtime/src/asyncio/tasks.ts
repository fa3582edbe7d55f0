// asyncio's coroutine helpers. A converted `async def` returns a PyCoroutine (builtins/
// coroutine.ts) whose body starts when awaited or, for a Task, when the loop first gets to it;
// run, gather, create_task and wait_for also accept runtime promises. Task wraps one so that it
// can be inspected and awaited.
import { TypeError, ValueError, RuntimeError, TimeoutError } from "../builtins/exceptions.js";
import { callFunction, splitKwargs } from "../builtins/call.js";
import { repr } from "../builtins/repr.js";
import { truth } from "../builtins/truth.js";
import { bindCall, signature, toSeconds } from "../multiprocessing/call.js";
import { PyCoroutine } from "../builtins/coroutine.js";
import { CancelledError, InvalidStateError } from "./errors.js";

const CREATE_TASK_SIG = signature("create_task", ["coro", "*", "name=", "context="]);
const SLEEP_SIG = signature("sleep", ["delay", "result="]);
const WAIT_FOR_SIG = signature("wait_for", ["fut", "timeout"]);

let taskCounter = 0;
let running = false;

function isAwaitable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

export class Task implements PromiseLike<unknown> {
  static readonly __module__ = "_asyncio";
  private state: "pending" | "done" | "cancelled" = "pending";
  private value: unknown = null;
  private error: unknown = null;
  private readonly settled: Promise<unknown>;
  private callbacks: unknown[] = [];
  private name: string;

  constructor(coro: PromiseLike<unknown>, name: unknown = null) {
    this.name = name === null || name === undefined ? `Task-${++taskCounter}` : String(name);
    // A coroutine's first step runs when the creator yields to the loop (a microtask after the
    // current synchronous run), as CPython's call_soon does, not inside create_task().
    const started = coro instanceof PyCoroutine && !coro.started ? new Promise<unknown>((resolve) => queueMicrotask(() => resolve(coro.start()))) : Promise.resolve(coro);
    this.settled = started.then(
      (value) => this.finish("done", value, null),
      (error) => this.finish("done", null, error),
    );
  }

  private finish(state: "done" | "cancelled", value: unknown, error: unknown): unknown {
    if (this.state !== "pending") return undefined;
    this.state = state;
    this.value = value;
    this.error = error;
    for (const fn of this.callbacks.splice(0)) void Promise.resolve(callFunction(fn, [this]));
    return undefined;
  }

  then<R1 = unknown, R2 = never>(
    onFulfilled?: ((value: unknown) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return this.settled.then(() => this.result()).then(onFulfilled, onRejected);
  }

  done(): boolean {
    return this.state !== "pending";
  }

  cancelled(): boolean {
    return this.state === "cancelled";
  }

  /** The coroutine keeps running (a JS promise cannot be interrupted); awaiting the task raises
   *  CancelledError from now on, as it would once the cancellation is delivered. */
  cancel(): boolean {
    if (this.state !== "pending") return false;
    this.finish("cancelled", null, new CancelledError());
    return true;
  }

  result(): unknown {
    if (this.state === "pending") throw new InvalidStateError("Result is not set.");
    if (this.state === "cancelled") throw new CancelledError();
    if (this.error !== null) throw this.error;
    return this.value;
  }

  exception(): unknown {
    if (this.state === "pending") throw new InvalidStateError("Exception is not set.");
    if (this.state === "cancelled") throw new CancelledError();
    return this.error;
  }

  add_done_callback(fn: unknown): void {
    if (this.state !== "pending") void Promise.resolve(callFunction(fn, [this]));
    else this.callbacks.push(fn);
  }

  get_name(): string {
    return this.name;
  }

  set_name(name: unknown): void {
    this.name = String(name);
  }

  __repr__(): string {
    return `<Task ${this.state === "cancelled" ? "cancelled" : this.state === "done" ? "finished" : "pending"} name=${repr(this.name)}>`;
  }
}

export async function run(...args: unknown[]): Promise<unknown> {
  const [positional] = splitKwargs(args);
  const main = positional[0];
  if (running) throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  if (!isAwaitable(main) || main instanceof Task) throw new ValueError(`a coroutine was expected, got ${repr(main)}`);
  running = true;
  taskCounter++; // the main task is Task-1
  try {
    return await main;
  } finally {
    running = false;
  }
}

export function create_task(...args: unknown[]): Task {
  const a = bindCall(CREATE_TASK_SIG, args);
  if (!isAwaitable(a.coro)) throw new TypeError(`a coroutine was expected, got ${repr(a.coro)}`);
  return new Task(a.coro, a.name);
}

export function ensure_future(coro: unknown): Task {
  return coro instanceof Task ? coro : create_task(coro);
}

/** sleep(0) yields once to the loop (every ready task runs a step); sleep(d) waits d seconds. */
export async function sleep(...args: unknown[]): Promise<unknown> {
  const a = bindCall(SLEEP_SIG, args);
  const seconds = toSeconds(a.delay) ?? 0;
  if (seconds <= 0) await new Promise<void>((resolve) => setImmediate(resolve));
  else await new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));
  return a.result ?? null;
}

export async function gather(...args: unknown[]): Promise<unknown[]> {
  const [aws, keywords] = splitKwargs(args);
  const returnExceptions = truth(keywords.return_exceptions ?? false);
  // Each coroutine becomes a Task, as CPython's gather wraps it (so they start in order, once
  // the caller yields, and take the next Task-N names).
  const promises = aws.map((aw) => Promise.resolve((aw instanceof PyCoroutine ? new Task(aw) : aw) as PromiseLike<unknown>));
  if (!returnExceptions) return Promise.all(promises);
  return Promise.all(promises.map((promise) => promise.then((value) => value, (error: unknown) => error)));
}

export async function wait_for(...args: unknown[]): Promise<unknown> {
  const a = bindCall(WAIT_FOR_SIG, args);
  const seconds = toSeconds(a.timeout);
  const work = Promise.resolve(a.fut as PromiseLike<unknown>);
  if (seconds === null) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      if (a.fut instanceof Task) a.fut.cancel();
      reject(new TimeoutError());
    }, Math.max(0, seconds) * 1000);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** asyncio.as_completed: awaitables that resolve in completion order. */
export function as_completed(aws: unknown): Promise<unknown>[] {
  const inputs = [...(aws as Iterable<unknown>)].map((aw) => Promise.resolve(aw as PromiseLike<unknown>));
  const waiters: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const outputs = inputs.map(() => new Promise((resolve, reject) => waiters.push({ resolve, reject })));
  let next = 0;
  for (const input of inputs) {
    input.then(
      (value) => waiters[next++]!.resolve(value),
      (error: unknown) => waiters[next++]!.reject(error),
    );
  }
  return outputs;
}

