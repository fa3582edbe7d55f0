// asyncio.Lock, Event, Semaphore, BoundedSemaphore and Queue: single-loop primitives whose waits
// are promises; waiters are served first come, first served, as asyncio's deques do.
import { RuntimeError, ValueError } from "../builtins/exceptions.js";
import { bindCall, signature } from "../multiprocessing/call.js";
import { WaitList } from "../threading/wait.js";
import { QueueEmpty, QueueFull } from "./errors.js";

export class Lock {
  static readonly __module__ = "asyncio.locks";
  private held = false;
  private readonly waiters = new WaitList();

  async acquire(): Promise<boolean> {
    // A waiter woken by release() gets the lock before any newcomer (asyncio hands it over).
    if (!this.held && this.waiters.size === 0) return (this.held = true);
    await this.waiters.sleep(Infinity);
    this.held = true;
    return true;
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

  async wait(): Promise<boolean> {
    if (!this.flag) await this.waiters.sleep(Infinity);
    return true;
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

  async acquire(): Promise<boolean> {
    if (this.value > 0 && this.waiters.size === 0) {
      this.value--;
      return true;
    }
    await this.waiters.sleep(Infinity);
    return true;
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

export class Queue {
  static readonly __module__ = "asyncio.queues";
  readonly _maxsize: number;
  private readonly items: unknown[] = [];
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

  async put(item: unknown): Promise<void> {
    while (this.full()) await this.putters.sleep(Infinity);
    this.put_nowait(item);
  }

  put_nowait(item: unknown): void {
    if (this.full()) throw new QueueFull();
    this.items.push(item);
    this.unfinished++;
    this.getters.notify(1);
  }

  async get(): Promise<unknown> {
    while (this.empty()) await this.getters.sleep(Infinity);
    return this.get_nowait();
  }

  get_nowait(): unknown {
    if (this.empty()) throw new QueueEmpty();
    const item = this.items.shift();
    this.putters.notify(1);
    return item;
  }

  task_done(): void {
    if (this.unfinished <= 0) throw new ValueError("task_done() called too many times");
    if (--this.unfinished === 0) this.finished.notifyAll();
  }

  async join(): Promise<void> {
    if (this.unfinished > 0) await this.finished.sleep(Infinity);
  }
}
