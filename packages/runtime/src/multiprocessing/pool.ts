// multiprocessing.Pool: daemonic ForkPoolWorker processes fed one task at a time by the parent
// (the shared inqueue of CPython becomes per-worker channels with parent-side scheduling, so an
// idle worker takes the next task, as it would from the shared queue). Map-like calls are
// batched into chunks with CPython's chunksize rule.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { kw } from "../builtins/call.js";
import { PyDict } from "../builtins/dict.js";
import { PyTuple } from "../builtins/tuple.js";
import { iter } from "../builtins/iteration.js";
import { bindCall, signature } from "./call.js";
import { get_context, type BaseContext } from "./context.js";
import type { BaseProcess } from "./process.js";
import { ApplyResult, IMapIterator, MapResult, type Outcome } from "./pool-results.js";
import {
  mapstar,
  RemoteTraceback,
  starmapstar,
  TaskChannel,
  worker,
  type ResultMessage,
  type TaskMessage,
} from "./pool-worker.js";
import { decode, encode, type Node } from "./reduction.js";
import { markNotRaised } from "./util.js";
import { cpu_count } from "./context.js";

type PoolState = "INIT" | "RUN" | "CLOSE" | "TERMINATE";
type Result = ApplyResult | IMapIterator;

interface Slot {
  readonly process: BaseProcess;
  readonly channel: TaskChannel;
  busy: boolean;
  completed: number;
  stopped: boolean;
}

interface QueuedTask {
  readonly job: number;
  readonly index: number;
  readonly task: Node;
}

const sig = {
  init: signature("Pool.__init__", [
    "self",
    "processes=",
    "initializer=",
    "initargs=",
    "maxtasksperchild=",
    "context=",
  ]),
  apply: signature("Pool.apply", ["self", "func", "args=", "kwds="]),
  applyAsync: signature("Pool.apply_async", ["self", "func", "args=", "kwds=", "callback=", "error_callback="]),
  map: signature("Pool.map", ["self", "func", "iterable", "chunksize="]),
  starmap: signature("Pool.starmap", ["self", "func", "iterable", "chunksize="]),
  mapAsync: signature("Pool.map_async", ["self", "func", "iterable", "chunksize=", "callback=", "error_callback="]),
  starmapAsync: signature("Pool.starmap_async", [
    "self",
    "func",
    "iterable",
    "chunksize=",
    "callback=",
    "error_callback=",
  ]),
  imap: signature("Pool.imap", ["self", "func", "iterable", "chunksize="]),
  imapUnordered: signature("Pool.imap_unordered", ["self", "func", "iterable", "chunksize="]),
};

export class Pool {
  static readonly __module__ = "multiprocessing.pool";
  _state: PoolState = "INIT";
  private readonly slots: Slot[] = [];
  // Tasks not yet sent, oldest at `queueHead` (Array#shift is linear: 20,000 queued tasks
  // made dispatching quadratic).
  private readonly queue: QueuedTask[] = [];
  private queueHead = 0;
  private readonly cache = new Map<number, Result>();
  private readonly ctx: BaseContext;
  private readonly processes: number;
  private readonly initializer: unknown;
  private readonly initargs: PyTuple;
  private readonly maxtasks: number | null;

  constructor(...rawArgs: unknown[]) {
    const a = bindCall(sig.init, rawArgs);
    this.ctx = (a.context as BaseContext | null | undefined) ?? get_context();
    const processes = (a.processes ?? null) === null ? cpu_count() : (a.processes as number);
    if (processes < 1) throw new ValueError("Number of processes must be at least 1");
    const maxtasks = a.maxtasksperchild ?? null;
    if (maxtasks !== null && !(typeof maxtasks === "number" && Number.isInteger(maxtasks) && maxtasks > 0)) {
      throw new ValueError("maxtasksperchild must be a positive int or None");
    }
    const initializer = a.initializer ?? null;
    if (initializer !== null && typeof initializer !== "function")
      throw new TypeError("initializer must be a callable");
    this.processes = processes;
    this.initializer = initializer;
    this.initargs = PyTuple.fromIterable(iter(a.initargs ?? []));
    this.maxtasks = maxtasks as number | null;
    for (let i = 0; i < processes; i++) this.startWorker();
    this._state = "RUN";
  }

  private startWorker(): void {
    const [parentEnd, childEnd] = TaskChannel.pair();
    const process = new this.ctx.Process(
      kw({ target: worker, args: PyTuple.of(childEnd, this.initializer, this.initargs, this.maxtasks) }),
    );
    process.name = process.name.replace("Process", "PoolWorker");
    process.daemon = true;
    process.start();
    const slot: Slot = { process, channel: parentEnd, busy: false, completed: 0, stopped: false };
    this.slots.push(slot);
    parentEnd.port.on("message", (message: ResultMessage) => this.onResult(slot, message));
    void process.join().then(() => this.onWorkerExit(slot));
  }

  private onWorkerExit(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at !== -1) this.slots.splice(at, 1);
    // The port is not closed here: the worker's last result may still be in flight (its exit
    // can be seen first); the child closed its end, which closes this one after delivery.
    // _maintain_pool: a worker that retired after maxtasksperchild is replaced while running.
    if (this._state === "RUN") {
      this.startWorker();
      this.dispatch();
    }
  }

  private onResult(slot: Slot, message: ResultMessage): void {
    slot.busy = false;
    slot.completed++;
    const raw = decode(message.value);
    let outcome: Outcome;
    if (message.success) {
      outcome = [true, raw];
    } else {
      const [error, tb] = raw as [Error & { __cause__: unknown }, string];
      const cause = new RemoteTraceback(tb);
      markNotRaised(cause);
      error.__cause__ = cause;
      outcome = [false, error];
    }
    this.cache.get(message.job)?._set(message.index, outcome);
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || slot.stopped) continue;
      if (this.maxtasks !== null && slot.completed >= this.maxtasks) continue;
      const next = this.nextTask();
      if (next === undefined) {
        if (this._state !== "RUN") {
          slot.stopped = true;
          slot.channel.port.postMessage(null);
        }
        continue;
      }
      slot.busy = true;
      const message: TaskMessage = next;
      slot.channel.port.postMessage(message);
    }
  }

  private nextTask(): QueuedTask | undefined {
    if (this.queueHead >= this.queue.length) return undefined;
    const next = this.queue[this.queueHead++]!;
    if (this.queueHead >= 1024 && this.queueHead * 2 >= this.queue.length) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
    return next;
  }

  private submit(result: Result, index: number, func: unknown, args: unknown, kwargs: unknown): void {
    let task: Node;
    try {
      task = encode(PyTuple.of(func, args, kwargs)).data;
    } catch (error) {
      result._set(index, [false, error]);
      return;
    }
    this.queue.push({ job: result._job, index, task });
  }

  private register<R extends Result>(result: R): R {
    this.cache.set(result._job, result);
    return result;
  }

  private readonly done = (job: number): void => {
    this.cache.delete(job);
  };

  _check_running(): void {
    if (this._state !== "RUN") throw new ValueError("Pool not running");
  }

  async apply(...rawArgs: unknown[]): Promise<unknown> {
    const a = bindCall(sig.apply, rawArgs);
    return this.apply_async(a.func, a.args ?? PyTuple.of(), a.kwds ?? new PyDict()).get();
  }

  apply_async(...rawArgs: unknown[]): ApplyResult {
    const a = bindCall(sig.applyAsync, rawArgs);
    this._check_running();
    const result = this.register(new ApplyResult(this.done, a.callback ?? null, a.error_callback ?? null));
    const args = PyTuple.fromIterable(iter(a.args ?? []));
    const kwds = (a.kwds ?? null) as PyDict | null;
    this.submit(result, 0, a.func, args, kwds !== null && kwds.__len__() > 0 ? kwds : null);
    this.dispatch();
    return result;
  }

  async map(...rawArgs: unknown[]): Promise<unknown> {
    const a = bindCall(sig.map, rawArgs);
    return this.mapAsync(a, mapstar).get();
  }

  async starmap(...rawArgs: unknown[]): Promise<unknown> {
    const a = bindCall(sig.starmap, rawArgs);
    return this.mapAsync(a, starmapstar).get();
  }

  map_async(...rawArgs: unknown[]): MapResult {
    return this.mapAsync(bindCall(sig.mapAsync, rawArgs), mapstar);
  }

  starmap_async(...rawArgs: unknown[]): MapResult {
    return this.mapAsync(bindCall(sig.starmapAsync, rawArgs), starmapstar);
  }

  private mapAsync(a: Record<string, unknown>, mapper: typeof mapstar): MapResult {
    this._check_running();
    const items = Array.from(iter(a.iterable));
    let chunksize = (a.chunksize ?? null) as number | null;
    if (chunksize === null) {
      const per = this.slots.length * 4;
      chunksize = Math.floor(items.length / per) + (items.length % per ? 1 : 0);
    }
    if (items.length === 0) chunksize = 0;
    const result = this.register(
      new MapResult(this.done, chunksize, items.length, a.callback ?? null, a.error_callback ?? null),
    );
    for (let i = 0, index = 0; chunksize > 0 && i < items.length; i += chunksize, index++) {
      this.submit(result, index, mapper, PyTuple.of(a.func, PyTuple.fromIterable(items.slice(i, i + chunksize))), null);
    }
    this.dispatch();
    return result;
  }

  imap(...rawArgs: unknown[]): IMapIterator {
    return this.imapWith(bindCall(sig.imap, rawArgs), { ordered: true });
  }

  imap_unordered(...rawArgs: unknown[]): IMapIterator {
    return this.imapWith(bindCall(sig.imapUnordered, rawArgs), { ordered: false });
  }

  private imapWith(a: Record<string, unknown>, options: { ordered: boolean }): IMapIterator {
    this._check_running();
    const chunksize = (a.chunksize ?? 1) as number;
    const items = Array.from(iter(a.iterable));
    if (chunksize < 1) throw new ValueError(`Chunksize must be 1+, not ${chunksize}`);
    const result = this.register(new IMapIterator(this.done, { ...options, flatten: chunksize !== 1 }));
    let index = 0;
    for (let i = 0; i < items.length; i += chunksize, index++) {
      if (chunksize === 1) this.submit(result, index, a.func, PyTuple.of(items[i]), null);
      else
        this.submit(
          result,
          index,
          mapstar,
          PyTuple.of(a.func, PyTuple.fromIterable(items.slice(i, i + chunksize))),
          null,
        );
    }
    result._set_length(index);
    this.dispatch();
    return result;
  }

  close(): void {
    if (this._state === "RUN") {
      this._state = "CLOSE";
      this.dispatch();
    }
  }

  terminate(): void {
    this._state = "TERMINATE";
    // CPython's _terminate_pool joins the workers before returning; they count as gone now.
    for (const slot of this.slots) slot.process._popen()?.terminate({ reap: true });
  }

  async join(): Promise<void> {
    if (this._state === "RUN") throw new ValueError("Pool is still running");
    if (this._state !== "CLOSE" && this._state !== "TERMINATE") throw new ValueError("In unknown state");
    for (const slot of [...this.slots]) await slot.process.join();
  }

  __enter__(): this {
    this._check_running();
    return this;
  }

  __exit__(..._exc: unknown[]): void {
    this.terminate();
  }

  __repr__(): string {
    return `<multiprocessing.pool.Pool state=${this._state} pool_size=${this.processes}>`;
  }

  /** Number of worker processes the pool keeps. */
  get _processes(): number {
    return this.processes;
  }
}

export { ThreadPool } from "./thread-pool.js";
export { ApplyResult, ApplyResult as AsyncResult, MapResult, IMapIterator } from "./pool-results.js";
export { RemoteTraceback, MaybeEncodingError } from "./pool-worker.js";
