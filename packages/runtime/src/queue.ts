// Python's `queue` module: Empty, Full, and the thread queues (Queue, LifoQueue, PriorityQueue,
// SimpleQueue). Python threads are async tasks in one isolate, so these need no shared memory:
// a blocked get/put awaits a promise that the matching put/get resolves.
import { ValueError } from "./builtins/exceptions.js";
import { heapPop, heapPush } from "./builtins/heap.js";
import { bindCall, signature, toSeconds } from "./multiprocessing/call.js";
import { Empty, Full } from "./multiprocessing/shared-errors.js";
import { deque } from "./collections/deque.js";

export { Empty, Full };

const QUEUE_ARGS = signature("Queue", ["maxsize="]);
const PUT_ARGS = signature("put", ["item", "block=", "timeout="]);
const GET_ARGS = signature("get", ["block=", "timeout="]);

/** Wakes every task sleeping in `sleep()` so each re-checks its condition. */
class Waiters {
  private wakers: (() => void)[] = [];

  notifyAll(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }

  /** Resolves true on a notify, false when `deadline` (ms, performance.now) passes. */
  sleep(deadline: number): Promise<boolean> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const wake = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        resolve(true);
      };
      this.wakers.push(wake);
      if (deadline !== Infinity) {
        timer = setTimeout(() => {
          this.wakers = this.wakers.filter((w) => w !== wake);
          resolve(false);
        }, Math.max(0, deadline - performance.now()));
      }
    });
  }
}

export class Queue {
  static readonly __module__ = "queue";
  readonly maxsize: number;
  unfinished_tasks = 0;
  // CPython's storage, visible as `q.queue`: a deque for Queue, a list for LifoQueue and
  // PriorityQueue; subclasses change it through _init/_qsize/_put/_get as in Lib/queue.py.
  queue: unknown;
  private readonly changed = new Waiters();

  constructor(...args: unknown[]) {
    this.maxsize = Number(bindCall(QUEUE_ARGS, args).maxsize ?? 0);
    this._init(this.maxsize);
  }

  qsize(): number {
    return this._qsize();
  }

  empty(): boolean {
    return this._qsize() === 0;
  }

  full(): boolean {
    return this.maxsize > 0 && this._qsize() >= this.maxsize;
  }

  async put(...args: unknown[]): Promise<void> {
    const { item, block, timeout } = bindCall(PUT_ARGS, args);
    if (block === false) return this.put_nowait(item);
    const seconds = toSeconds(timeout);
    if (seconds !== null && seconds < 0) throw new ValueError("'timeout' must be a non-negative number");
    const deadline = seconds === null ? Infinity : performance.now() + seconds * 1000;
    while (this.full()) {
      if (!(await this.changed.sleep(deadline)) && this.full()) throw new Full();
    }
    this.put_nowait(item);
  }

  put_nowait(item: unknown): void {
    if (this.full()) throw new Full();
    this._put(item);
    this.unfinished_tasks++;
    this.changed.notifyAll();
  }

  async get(...args: unknown[]): Promise<unknown> {
    const { block, timeout } = bindCall(GET_ARGS, args);
    if (block === false) return this.get_nowait();
    const seconds = toSeconds(timeout);
    if (seconds !== null && seconds < 0) throw new ValueError("'timeout' must be a non-negative number");
    const deadline = seconds === null ? Infinity : performance.now() + seconds * 1000;
    while (this.empty()) {
      if (!(await this.changed.sleep(deadline)) && this.empty()) throw new Empty();
    }
    return this.get_nowait();
  }

  get_nowait(): unknown {
    if (this.empty()) throw new Empty();
    const item = this._get();
    this.changed.notifyAll();
    return item;
  }

  task_done(): void {
    if (this.unfinished_tasks <= 0) throw new ValueError("task_done() called too many times");
    this.unfinished_tasks--;
    if (this.unfinished_tasks === 0) this.changed.notifyAll();
  }

  async join(): Promise<void> {
    while (this.unfinished_tasks > 0) await this.changed.sleep(Infinity);
  }

  protected _init(_maxsize: number): void {
    this.queue = new deque();
  }

  protected _qsize(): number {
    return (this.queue as deque).__len__();
  }

  protected _put(item: unknown): void {
    (this.queue as deque).append(item);
  }

  protected _get(): unknown {
    return (this.queue as deque).popleft();
  }
}

/** The list storage of LifoQueue and PriorityQueue. */
abstract class ListQueue extends Queue {
  protected get list(): unknown[] {
    return this.queue as unknown[];
  }

  protected override _init(_maxsize: number): void {
    this.queue = [];
  }

  protected override _qsize(): number {
    return this.list.length;
  }
}

export class LifoQueue extends ListQueue {
  static override readonly __module__ = "queue";

  protected override _put(item: unknown): void {
    this.list.push(item);
  }

  protected override _get(): unknown {
    return this.list.pop();
  }
}

/** Lowest first by Python `<`, kept as a binary heap exactly as CPython's heapq does it. */
export class PriorityQueue extends ListQueue {
  static override readonly __module__ = "queue";

  protected override _put(item: unknown): void {
    heapPush(this.list, item);
  }

  protected override _get(): unknown {
    return heapPop(this.list);
  }
}

export class SimpleQueue {
  static readonly __module__ = "_queue";
  private readonly inner = new Queue();

  put(item: unknown): void {
    this.inner.put_nowait(item);
  }

  put_nowait(item: unknown): void {
    this.inner.put_nowait(item);
  }

  get(...args: unknown[]): Promise<unknown> {
    return this.inner.get(...args);
  }

  get_nowait(): unknown {
    return this.inner.get_nowait();
  }

  empty(): boolean {
    return this.inner.empty();
  }

  qsize(): number {
    return this.inner.qsize();
  }
}
