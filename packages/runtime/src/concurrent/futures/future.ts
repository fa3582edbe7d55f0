// concurrent.futures.Future: the states and checks of CPython's _base.Future. Waiting is async
// (a blocked thread is an awaiting task); done callbacks run in the thread that completes it.
import { RuntimeError, TimeoutError } from "../../builtins/exceptions.js";
import { callFunction } from "../../builtins/call.js";
import { typeName } from "../../builtins/typename.js";
import { flushStdio, sysStreams } from "../../builtins/stdio.js";
import { formatExceptionOnly } from "../../builtins/exceptions.js";
import { bindCall, signature } from "../../multiprocessing/call.js";
import { deadlineOf, WaitList } from "../../threading/wait.js";
import { CancelledError, InvalidStateError } from "./errors.js";
import { formatFrames } from "../../traceback-frames.js";

export type FutureState = "PENDING" | "RUNNING" | "CANCELLED" | "CANCELLED_AND_NOTIFIED" | "FINISHED";

const TIMEOUT_SIG = signature("result", ["timeout="]);
const DESCRIPTION: Record<FutureState, string> = {
  PENDING: "pending",
  RUNNING: "running",
  CANCELLED: "cancelled",
  CANCELLED_AND_NOTIFIED: "cancelled",
  FINISHED: "finished",
};

/** Notified whenever any future it watches completes (wait / as_completed). */
export interface Watcher {
  (future: Future): void;
}

export class Future {
  static readonly __module__ = "concurrent.futures._base";
  _state: FutureState = "PENDING";
  private value: unknown = null;
  private error: unknown = null;
  private readonly waiters = new WaitList();
  private callbacks: unknown[] = [];
  /** wait()/as_completed() observers; called before the done callbacks, as CPython's waiters. */
  _watchers = new Set<Watcher>();

  cancel(): boolean {
    if (this._state === "RUNNING" || this._state === "FINISHED") return false;
    if (this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED") return true;
    this._state = "CANCELLED";
    this.waiters.notifyAll();
    this.invokeCallbacks();
    return true;
  }

  cancelled(): boolean {
    return this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED";
  }

  running(): boolean {
    return this._state === "RUNNING";
  }

  done(): boolean {
    return this.cancelled() || this._state === "FINISHED";
  }

  async result(...args: unknown[]): Promise<unknown> {
    await this.waitDone(args);
    if (this.error !== null) throw this.error;
    return this.value;
  }

  async exception(...args: unknown[]): Promise<unknown> {
    await this.waitDone(args);
    return this.error;
  }

  private async waitDone(args: unknown[]): Promise<void> {
    const { timeout } = bindCall(TIMEOUT_SIG, args);
    if (!this.done()) await this.waiters.sleep(deadlineOf(timeout));
    if (this.cancelled()) throw new CancelledError();
    if (this._state !== "FINISHED") throw new TimeoutError();
  }

  add_done_callback(fn: unknown): void {
    if (!this.done()) {
      this.callbacks.push(fn);
      return;
    }
    this.runCallback(fn);
  }

  set_running_or_notify_cancel(): boolean {
    if (this._state === "CANCELLED") {
      this._state = "CANCELLED_AND_NOTIFIED";
      for (const watch of this._watchers) watch(this);
      return false;
    }
    if (this._state === "PENDING") {
      this._state = "RUNNING";
      return true;
    }
    throw new RuntimeError("Future in unexpected state");
  }

  set_result(result: unknown): void {
    this.finish(() => (this.value = result));
  }

  set_exception(exception: unknown): void {
    this.finish(() => (this.error = exception));
  }

  private finish(store: () => void): void {
    if (this.cancelled() || this._state === "FINISHED") {
      throw new InvalidStateError(`${this._state}: ${this.__repr__()}`);
    }
    store();
    this._state = "FINISHED";
    for (const watch of this._watchers) watch(this);
    this.waiters.notifyAll();
    this.invokeCallbacks();
  }

  private invokeCallbacks(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const fn of callbacks) this.runCallback(fn);
  }

  /** A failing callback is logged (LOGGER.exception) and the others still run. */
  private runCallback(fn: unknown): void {
    const report = (error: unknown): void => {
      flushStdio();
      sysStreams.stderr.write(
        `exception calling callback for ${this.__repr__()}\nTraceback (most recent call last):\n${formatFrames(error)}${formatExceptionOnly(error)}\n`,
      );
    };
    try {
      const result = callFunction(fn, [this]);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  }

  /** The outcome without waiting: for map's iterator once the future is done. */
  _outcome(): [boolean, unknown] {
    return this.error !== null ? [false, this.error] : [true, this.value];
  }

  __repr__(): string {
    if (this._state === "FINISHED") {
      if (this.error !== null) return `<Future state=finished raised ${typeName(this.error)}>`;
      return `<Future state=finished returned ${typeName(this.value)}>`;
    }
    return `<Future state=${DESCRIPTION[this._state]}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}
