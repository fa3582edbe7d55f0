// asyncio's coroutine helpers. A converted `async def` returns a PyCoroutine (builtins/
// coroutine.ts) whose body starts when awaited or, for a Task, when the loop first gets to it;
// run, gather, create_task and wait_for also accept runtime promises. Task wraps one so that it
// can be inspected, awaited and cancelled.
//
// Cancellation is delivered as CPython delivers it: Task.cancel() makes the coroutine's current
// suspension point (asyncio.sleep, a lock, event or queue wait, an awaited task, gather,
// wait_for, run_in_executor) raise CancelledError inside the coroutine, which may catch it;
// a task not suspended gets it at its next suspension, one not yet started never starts. The
// task whose code is running is tracked with AsyncLocalStorage, which follows every await.
import { AsyncLocalStorage } from "node:async_hooks";
import { TypeError, ValueError, RuntimeError, TimeoutError } from "../builtins/exceptions.js";
import { callFunction, splitKwargs } from "../builtins/call.js";
import { repr } from "../builtins/repr.js";
import { truth } from "../builtins/truth.js";
import { PySet } from "../builtins/set.js";
import { PyTuple } from "../builtins/tuple.js";
import { iter } from "../builtins/iteration.js";
import { bindCall, signature, toSeconds } from "../multiprocessing/call.js";
import { PyCoroutine } from "../builtins/coroutine.js";
import { raiseFrom } from "../builtins/statements.js";
import { CancelledError, InvalidStateError } from "./errors.js";

const CREATE_TASK_SIG = signature("create_task", ["coro", "*", "name=", "context="]);
const SLEEP_SIG = signature("sleep", ["delay", "result="]);
const WAIT_FOR_SIG = signature("wait_for", ["fut", "timeout"]);
const WAIT_SIG = signature("wait", ["fs", "*", "timeout=", "return_when="]);
const CANCEL_SIG = signature("cancel", ["self", "msg="]);

let taskCounter = 0;
let running = false;
const current = new AsyncLocalStorage<Task>();
/** Tasks not yet done, in creation order: asyncio.all_tasks(), and what asyncio.run cancels. */
const pendingTasks = new Set<Task>();

function isAwaitable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** What a suspension does when its task is cancelled: raise now, keep waiting (the cancel was
 *  passed on to what it waits for, which will raise), or take it at the next suspension (the
 *  wait had already been granted). */
export type CancelAction = "raise" | "wait" | "defer";

/**
 * One suspension of the running task (if any) on `promise`: cancelling the task while it waits
 * runs `onCancel`, which says what happens. Outside a task, `promise` itself.
 */
export function suspend<T>(promise: PromiseLike<T>, onCancel: (error: CancelledError) => CancelAction = () => "raise"): Promise<T> {
  const task = current.getStore();
  if (task === undefined) return Promise.resolve(promise);
  return task._suspend(promise, onCancel);
}

export class Task implements PromiseLike<unknown> {
  static readonly __module__ = "_asyncio";
  private state: "pending" | "done" | "cancelled" = "pending";
  private value: unknown = null;
  private error: unknown = null;
  /** Resolves when the task is done, whatever its outcome (for the runtime; not Python API). */
  readonly settled: Promise<unknown>;
  private callbacks: unknown[] = [];
  private name: string;
  /** A cancel() not yet delivered: raised at the task's next suspension. */
  private cancelPending: CancelledError | null = null;
  /** The current suspension's handler of a cancel(). */
  private interrupt: ((error: CancelledError) => void) | null = null;
  private cancelRequests = 0;
  private readonly interruptible: boolean;

  /** `internal`: a future of the runtime's own (gather's), not a Python task: no Task-N name,
   *  not in all_tasks(). */
  constructor(coro: PromiseLike<unknown>, name: unknown = null, internal = false) {
    this.name = internal ? "" : name === null || name === undefined ? `Task-${++taskCounter}` : String(name);
    this.interruptible = coro instanceof PyCoroutine && !coro.started;
    if (!internal) pendingTasks.add(this);
    // A coroutine's first step runs when the creator yields to the loop (a microtask after the
    // current synchronous run), as CPython's call_soon does, not inside create_task().
    const started = this.interruptible
      ? new Promise<unknown>((resolve) =>
          queueMicrotask(() => {
            const cancelled = this.cancelPending;
            resolve(cancelled !== null ? Promise.reject(cancelled) : current.run(this, () => (coro as PyCoroutine).start()));
          }),
        )
      : Promise.resolve(coro);
    this.settled = started.then(
      (value) => this.finish("done", value, null),
      (error) => this.finish(this.interruptible && error instanceof CancelledError ? "cancelled" : "done", null, error),
    );
  }

  private finish(state: "done" | "cancelled", value: unknown, error: unknown): unknown {
    if (this.state !== "pending") return undefined;
    pendingTasks.delete(this);
    this.state = state;
    this.value = value;
    this.error = error;
    this.interrupt = null;
    for (const fn of this.callbacks.splice(0)) void Promise.resolve(callFunction(fn, [this]));
    return undefined;
  }

  /** See suspend(). */
  _suspend<T>(promise: PromiseLike<T>, onCancel: (error: CancelledError) => CancelAction): Promise<T> {
    const pending = this.cancelPending;
    if (pending !== null) {
      this.cancelPending = null;
      if (onCancel(pending) !== "wait") return Promise.reject(pending);
    }
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const interrupt = (error: CancelledError): void => {
        if (settled) return;
        const action = onCancel(error);
        if (action === "raise") {
          settled = true;
          this.interrupt = null;
          reject(error);
        } else if (action === "defer") {
          this.cancelPending = error;
        }
      };
      this.interrupt = interrupt;
      promise.then(
        (value) => {
          if (settled) return;
          settled = true;
          if (this.interrupt === interrupt) this.interrupt = null;
          resolve(value);
        },
        (error: unknown) => {
          if (settled) return;
          settled = true;
          if (this.interrupt === interrupt) this.interrupt = null;
          reject(error);
        },
      );
    });
  }

  then<R1 = unknown, R2 = never>(
    onFulfilled?: ((value: unknown) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    // A task awaiting this one passes a cancel on to it and takes its outcome (CancelledError).
    const outcome = this.settled.then(() => this.result());
    const waited = current.getStore() === undefined ? outcome : suspend(outcome, (error) => (this.cancelWith(error) ? "wait" : "raise"));
    return waited.then(onFulfilled, onRejected);
  }

  done(): boolean {
    return this.state !== "pending";
  }

  cancelled(): boolean {
    return this.state === "cancelled";
  }

  /** cancel(msg=None): request that the coroutine be interrupted by CancelledError. */
  cancel(...args: unknown[]): boolean {
    const { msg } = bindCall(CANCEL_SIG, args);
    return this.cancelWith(msg === undefined || msg === null ? new CancelledError() : new CancelledError(msg));
  }

  private cancelWith(error: CancelledError): boolean {
    if (this.state !== "pending") return false;
    this.cancelRequests++;
    if (!this.interruptible) {
      // A wrapped runtime promise cannot be interrupted: the task ends cancelled at once.
      this.finish("cancelled", null, error);
    } else if (this.interrupt !== null) {
      this.interrupt(error);
    } else {
      this.cancelPending = error;
    }
    return true;
  }

  /** cancelling(): cancel() requests not yet taken back by uncancel(). */
  cancelling(): number {
    return this.cancelRequests;
  }

  uncancel(): number {
    if (this.cancelRequests > 0) this.cancelRequests--;
    return this.cancelRequests;
  }

  result(): unknown {
    if (this.state === "pending") throw new InvalidStateError("Result is not set.");
    if (this.state === "cancelled") throw this.error instanceof CancelledError ? this.error : new CancelledError();
    if (this.error !== null) throw this.error;
    return this.value;
  }

  exception(): unknown {
    if (this.state === "pending") throw new InvalidStateError("Exception is not set.");
    if (this.state === "cancelled") throw this.error instanceof CancelledError ? this.error : new CancelledError();
    return this.error;
  }

  add_done_callback(fn: unknown): void {
    if (this.state !== "pending") void Promise.resolve(callFunction(fn, [this]));
    else this.callbacks.push(fn);
  }

  remove_done_callback(fn: unknown): number {
    const before = this.callbacks.length;
    this.callbacks = this.callbacks.filter((callback) => callback !== fn);
    return before - this.callbacks.length;
  }

  get_name(): string {
    return this.name;
  }

  set_name(name: unknown): void {
    this.name = String(name);
  }

  get_coro(): unknown {
    return null;
  }

  __repr__(): string {
    return `<Task ${this.state === "cancelled" ? "cancelled" : this.state === "done" ? "finished" : "pending"} name=${repr(this.name)}>`;
  }
}

/** asyncio.current_task(): the task whose code is running, or None. */
export function current_task(): Task | null {
  return current.getStore() ?? null;
}

/** asyncio.all_tasks(): the tasks not yet done. */
export function all_tasks(): PySet {
  const tasks = new PySet();
  for (const task of pendingTasks) tasks.add(task);
  return tasks;
}

export async function run(...args: unknown[]): Promise<unknown> {
  const [positional] = splitKwargs(args);
  const main = positional[0];
  if (running) throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  if (!isAwaitable(main) || main instanceof Task) throw new ValueError(`a coroutine was expected, got ${repr(main)}`);
  running = true;
  try {
    // The main coroutine runs as a task (Task-1), so it can be cancelled and time out.
    const task = new Task(main);
    await task.settled;
    return task.result();
  } finally {
    // As asyncio.run does: every task still pending is cancelled and run until it ends.
    const leftovers = [...pendingTasks];
    for (const task of leftovers) task.cancel();
    await Promise.all(leftovers.map((task) => task.settled));
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

/** sleep(0) yields once to the loop (every ready task runs a step); sleep(d) waits d seconds.
 *  Like every coroutine function here it returns a coroutine object that runs when awaited or
 *  wrapped in a task, so the task that runs it is the one a cancel interrupts. */
export function sleep(...args: unknown[]): PyCoroutine<unknown> {
  const a = bindCall(SLEEP_SIG, args);
  const seconds = toSeconds(a.delay) ?? 0;
  return new PyCoroutine(async () => {
    let timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
    const elapsed = new Promise<void>((resolve) => {
      timer = seconds <= 0 ? setImmediate(resolve) : setTimeout(resolve, seconds * 1000);
    });
    await suspend(elapsed, () => {
      if (seconds <= 0) clearImmediate(timer as NodeJS.Immediate);
      else clearTimeout(timer as NodeJS.Timeout);
      return "raise";
    });
    return a.result ?? null;
  }, "sleep");
}

/** gather(*aws, return_exceptions=False): a future of the results, its children scheduled now. */
export function gather(...args: unknown[]): Task {
  const [aws, keywords] = splitKwargs(args);
  const returnExceptions = truth(keywords.return_exceptions ?? false);
  // Each coroutine becomes a Task, as CPython's gather wraps it (so they start in order, once
  // the caller yields, and take the next Task-N names).
  const children = aws.map((aw) => (aw instanceof PyCoroutine ? new Task(aw) : aw) as PromiseLike<unknown>);
  const outcomes = children.map((child) => (child instanceof Task ? child.settled.then(() => child.result()) : Promise.resolve(child)));
  const all = returnExceptions
    ? Promise.all(outcomes.map((promise) => promise.then((value) => value, (error: unknown) => error)))
    : Promise.all(outcomes);
  // Cancelling the gather cancels every child still running; it then ends as they do.
  const waiting = new PyCoroutine(
    () =>
      suspend(all, () => {
        let passedOn = false;
        for (const child of children) if (child instanceof Task && child.cancel()) passedOn = true;
        return passedOn ? "wait" : "raise";
      }),
    "gather",
  );
  return new Task(waiting, null, true);
}

/** Cancels `task` and waits until it has ended (the cancel may be caught). */
async function cancelAndWait(task: Task): Promise<void> {
  task.cancel();
  await task.settled;
}

export function wait_for(...args: unknown[]): PyCoroutine<unknown> {
  const a = bindCall(WAIT_FOR_SIG, args);
  return new PyCoroutine(() => waitFor(a.fut, a.timeout), "wait_for");
}

async function waitFor(awaitable: unknown, timeoutArg: unknown): Promise<unknown> {
  const seconds = toSeconds(timeoutArg);
  if (seconds === null) return suspend(awaitable as PromiseLike<unknown>, () => "raise");
  const fut = ensure_future(awaitable);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<"expired">((resolve) => {
    timer = setTimeout(() => resolve("expired"), Math.max(0, seconds) * 1000);
  });
  try {
    let outcome: unknown;
    try {
      outcome = await suspend(Promise.race([fut.settled, expired]), () => "raise");
    } catch (error) {
      // wait_for itself cancelled: the task it waits for must not outlive it.
      if (!fut.done()) await cancelAndWait(fut);
      throw error;
    }
    if (outcome === "expired" && !fut.done()) await cancelAndWait(fut);
    try {
      return fut.result();
    } catch (error) {
      // Cancelled by the timeout: CPython's `raise TimeoutError() from exc`.
      if (outcome === "expired" && error instanceof CancelledError) throw raiseFrom(new TimeoutError(), error);
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** asyncio.wait(fs, *, timeout=None, return_when=ALL_COMPLETED): (done, pending) sets. */
export function wait(...args: unknown[]): PyCoroutine<PyTuple> {
  const a = bindCall(WAIT_SIG, args);
  return new PyCoroutine(() => waitTasks(a), "wait");
}

async function waitTasks(a: Record<string, unknown>): Promise<PyTuple> {
  if (a.fs instanceof PyCoroutine || a.fs instanceof Task) throw new TypeError(`expect a list of futures, not ${a.fs instanceof Task ? "_asyncio.Task" : "coroutine"}`);
  const fs = [...new Set([...iter(a.fs)])];
  if (fs.length === 0) throw new ValueError("Set of Tasks/Futures is empty.");
  const returnWhen = a.return_when ?? ALL_COMPLETED;
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw new ValueError(`Invalid return_when value: ${repr(returnWhen)}`);
  }
  if (fs.some((f) => f instanceof PyCoroutine)) throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
  const tasks = fs as Task[];
  const seconds = toSeconds(a.timeout ?? null);
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve) => {
    let remaining = tasks.length;
    const check = (task: Task): void => {
      remaining--;
      if (remaining <= 0 || returnWhen === FIRST_COMPLETED || (returnWhen === FIRST_EXCEPTION && !task.cancelled() && task.exception() !== null)) resolve();
    };
    for (const task of tasks) void task.settled.then(() => check(task));
    if (seconds !== null) timer = setTimeout(resolve, Math.max(0, seconds) * 1000);
  });
  try {
    await suspend(ready, () => "raise");
  } finally {
    clearTimeout(timer);
  }
  const done = new PySet();
  const pending = new PySet();
  for (const task of tasks) (task.done() ? done : pending).add(task);
  return PyTuple.of(done, pending);
}

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

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

