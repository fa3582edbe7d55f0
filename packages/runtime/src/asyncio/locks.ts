// asyncio.Lock, Event, Semaphore, BoundedSemaphore and Queue: single-loop primitives whose waits
// are promises; waiters are served first come, first served, as asyncio's deques do. A waiting
// task that is cancelled leaves the line and raises CancelledError; one already woken (handed
// the lock or a semaphore unit) keeps it and takes the cancel at its next suspension.
import { RuntimeError, ValueError } from "../builtins/exceptions.js";
import { bindCall, signature } from "../multiprocessing/call.js";
import { CancelledError, QueueEmpty, QueueFull } from "./errors.js";
import { heapPop, heapPush } from "../builtins/heap.js";
import { callFunction } from "../builtins/call.js";
import { truth } from "../builtins/truth.js";
import { PyCoroutine } from "../builtins/coroutine.js";
import { suspend } from "./tasks.js";

/** A coroutine method: its body runs when awaited, in the task that awaits it. */
function coroutineOf<T>(name: string, body: () => Promise<T>): PyCoroutine<T> {
  return new PyCoroutine(body, name);
}

class WaitList {
  private sleepers: { wake: () => void; woken: boolean }[] = [];

  get size(): number {
    return this.sleepers.length;
  }

  /** Suspends the running task until notified. */
  sleep(): Promise<void> {
    let sleeper!: { wake: () => void; woken: boolean };
    const woken = new Promise<void>((resolve) => {
      sleeper = { wake: resolve, woken: false };
    });
    this.sleepers.push(sleeper);
    return suspend(woken, () => {
      if (sleeper.woken) return "defer";
      this.sleepers = this.sleepers.filter((s) => s !== sleeper);
      return "raise";
    });
  }

  /** Wakes the `n` longest sleepers; returns how many were woken. */
  notify(n = 1): number {
    const woken = this.sleepers.splice(0, n);
    for (const sleeper of woken) {
      sleeper.woken = true;
      sleeper.wake();
    }
    return woken.length;
  }

  notifyAll(): void {
    this.notify(this.sleepers.length);
  }
}

export class Lock {
  static readonly __module__ = "asyncio.locks";
  private held = false;
  private readonly waiters = new WaitList();

  acquire(): PyCoroutine<boolean> {
    return coroutineOf("Lock.acquire", async () => {
      // A waiter woken by release() gets the lock before any newcomer (asyncio hands it over).
      if (!this.held && this.waiters.size === 0) return (this.held = true);
      await this.waiters.sleep();
      this.held = true;
      return true;
    });
  }

  async __aenter__(): Promise<null> {
    await this.acquire();
    return null;
  }

  async __aexit__(): Promise<null> {
    this.release();
    return null;
  }

  release(): void {
    if (!this.held) throw new RuntimeError("Lock is not acquired.");
    this.held = false;
    if (this.waiters.notify(1) > 0) this.held = true;
  }

  locked(): boolean {
    return this.held;
  }
}

export class Event {
  static readonly __module__ = "asyncio.locks";
  private flag = false;
  private readonly waiters = new WaitList();

  is_set(): boolean {
    return this.flag;
  }

  set(): void {
    this.flag = true;
    this.waiters.notifyAll();
  }

  clear(): void {
    this.flag = false;
  }

  wait(): PyCoroutine<boolean> {
    return coroutineOf("Event.wait", async () => {
      if (!this.flag) await this.waiters.sleep();
      return true;
    });
  }
}

const SEMAPHORE_SIG = signature("Semaphore", ["value="]);

export class Semaphore {
  static readonly __module__: string = "asyncio.locks";
  protected value: number;
  private readonly waiters = new WaitList();

  constructor(...args: unknown[]) {
    const value = (bindCall(SEMAPHORE_SIG, args).value ?? 1) as number;
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this.value = value;
  }

  locked(): boolean {
    return this.value === 0;
  }

  acquire(): PyCoroutine<boolean> {
    return coroutineOf("Semaphore.acquire", async () => {
      if (this.value > 0 && this.waiters.size === 0) {
        this.value--;
        return true;
      }
      await this.waiters.sleep();
      return true;
    });
  }

  async __aenter__(): Promise<null> {
    await this.acquire();
    return null;
  }

  async __aexit__(): Promise<null> {
    this.release();
    return null;
  }

  release(): void {
    this.checkRelease();
    // Hand the unit straight to the longest waiter, if any.
    if (this.waiters.notify(1) === 0) this.value++;
  }

  protected checkRelease(): void {}
}

export class BoundedSemaphore extends Semaphore {
  static override readonly __module__: string = "asyncio.locks";
  private readonly initial: number;

  constructor(...args: unknown[]) {
    super(...args);
    this.initial = this.value;
  }

  protected override checkRelease(): void {
    if (this.value >= this.initial) throw new ValueError("BoundedSemaphore released too many times");
  }
}

const QUEUE_SIG = signature("Queue", ["maxsize="]);
const CONDITION_SIG = signature("Condition", ["lock="]);

export class Queue {
  static readonly __module__: string = "asyncio.queues";
  readonly _maxsize: number;
  protected readonly items: unknown[] = [];
  private readonly getters = new WaitList();
  private readonly putters = new WaitList();
  private readonly finished = new WaitList();
  private unfinished = 0;

  constructor(...args: unknown[]) {
    this._maxsize = (bindCall(QUEUE_SIG, args).maxsize ?? 0) as number;
  }

  get maxsize(): number {
    return this._maxsize;
  }

  qsize(): number {
    return this.items.length;
  }

  empty(): boolean {
    return this.items.length === 0;
  }

  full(): boolean {
    return this._maxsize > 0 && this.items.length >= this._maxsize;
  }

  put(item: unknown): PyCoroutine<null> {
    return coroutineOf("Queue.put", async () => {
      while (this.full()) await this.putters.sleep();
      this.put_nowait(item);
      return null;
    });
  }

  put_nowait(item: unknown): void {
    if (this.full()) throw new QueueFull();
    this._put(item);
    this.unfinished++;
    this.getters.notify(1);
  }

  get(): PyCoroutine<unknown> {
    return coroutineOf("Queue.get", async () => {
      while (this.empty()) await this.getters.sleep();
      return this.get_nowait();
    });
  }

  get_nowait(): unknown {
    if (this.empty()) throw new QueueEmpty();
    const item = this._get();
    this.putters.notify(1);
    return item;
  }

  protected _put(item: unknown): void {
    this.items.push(item);
  }

  protected _get(): unknown {
    return this.items.shift();
  }

  task_done(): void {
    if (this.unfinished <= 0) throw new ValueError("task_done() called too many times");
    if (--this.unfinished === 0) this.finished.notifyAll();
  }

  join(): PyCoroutine<null> {
    return coroutineOf("Queue.join", async () => {
      if (this.unfinished > 0) await this.finished.sleep();
      return null;
    });
  }
}

export class LifoQueue extends Queue {
  static override readonly __module__ = "asyncio.queues";
  protected override _get(): unknown {
    return this.items.pop();
  }
}

/** Lowest first by Python `<`, as heapq orders it. */
export class PriorityQueue extends Queue {
  static override readonly __module__ = "asyncio.queues";
  protected override _put(item: unknown): void {
    heapPush(this.items, item);
  }

  protected override _get(): unknown {
    return heapPop(this.items);
  }
}

/** asyncio.Condition(lock=None): wait() releases the lock while it waits and takes it back
 *  before returning, even when cancelled, as asyncio's does. */
export class Condition {
  static readonly __module__ = "asyncio.locks";
  private readonly lock: Lock;
  private readonly waiters = new WaitList();

  constructor(...args: unknown[]) {
    const lock = bindCall(CONDITION_SIG, args).lock ?? null;
    this.lock = lock === null ? new Lock() : (lock as Lock);
  }

  acquire(): PyCoroutine<boolean> {
    return this.lock.acquire();
  }

  release(): void {
    this.lock.release();
  }

  locked(): boolean {
    return this.lock.locked();
  }

  async __aenter__(): Promise<null> {
    await this.lock.acquire();
    return null;
  }

  async __aexit__(): Promise<null> {
    this.lock.release();
    return null;
  }

  wait(): PyCoroutine<boolean> {
    return coroutineOf("Condition.wait", async () => {
      if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
      this.release();
      try {
        await this.waiters.sleep();
        return true;
      } finally {
        await this.reacquire();
      }
    });
  }

  /** Takes the lock back after a wait, whatever happened; a cancel meanwhile is raised after. */
  private async reacquire(): Promise<void> {
    let cancelled: unknown = null;
    for (;;) {
      try {
        await this.lock.acquire();
        break;
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error;
        cancelled = error;
      }
    }
    if (cancelled !== null) throw cancelled;
  }

  wait_for(predicate: unknown): PyCoroutine<unknown> {
    return coroutineOf("Condition.wait_for", async () => {
      let result = await callFunction(predicate, []);
      while (!truth(result)) {
        await this.wait();
        result = await callFunction(predicate, []);
      }
      return result;
    });
  }

  notify(n: unknown = 1): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    this.waiters.notify(n as number);
  }

  notify_all(): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    this.waiters.notifyAll();
  }
}
