// multiprocessing.pool.ThreadPool (and multiprocessing.dummy.Pool): Pool's API over Python
// threads, which are async tasks in this isolate. `processes` worker loops take tasks from one
// queue, so at most that many tasks are in flight; values are passed by reference, never pickled,
// and a task's exception reaches get() as the same object, as with CPython's ThreadPool.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { callFunction } from "../builtins/call.js";
import { PyDict } from "../builtins/dict.js";
import { PyTuple } from "../builtins/tuple.js";
import { iter } from "../builtins/iteration.js";
import { bindCall, signature } from "./call.js";
import { cpu_count } from "./context.js";
import { ApplyResult, IMapIterator, MapResult, type Outcome } from "./pool-results.js";
import { mapstar, starmapstar } from "./pool-worker.js";

type Result = ApplyResult | IMapIterator;
type State = "RUN" | "CLOSE" | "TERMINATE";

interface Task {
  readonly result: Result;
  readonly index: number;
  readonly run: () => unknown;
}

const sig = {
  init: signature("ThreadPool.__init__", ["self", "processes=", "initializer=", "initargs="]),
  apply: signature("Pool.apply", ["self", "func", "args=", "kwds="]),
  applyAsync: signature("Pool.apply_async", ["self", "func", "args=", "kwds=", "callback=", "error_callback="]),
  map: signature("Pool.map", ["self", "func", "iterable", "chunksize="]),
  mapAsync: signature("Pool.map_async", ["self", "func", "iterable", "chunksize=", "callback=", "error_callback="]),
  imap: signature("Pool.imap", ["self", "func", "iterable", "chunksize="]),
};

export class ThreadPool {
  static readonly __module__ = "multiprocessing.pool";
  _state: State = "RUN";
  private readonly tasks: Task[] = [];
  private readonly workers: Promise<void>[] = [];
  private wake: (() => void)[] = [];
  private readonly processes: number;

  constructor(...rawArgs: unknown[]) {
    const a = bindCall(sig.init, rawArgs);
    const processes = (a.processes ?? null) === null ? cpu_count() : (a.processes as number);
    if (processes < 1) throw new ValueError("Number of processes must be at least 1");
    const initializer = a.initializer ?? null;
    if (initializer !== null && typeof initializer !== "function") throw new TypeError("initializer must be a callable");
    this.processes = processes;
    const initargs = [...iter(a.initargs ?? [])];
    for (let i = 0; i < processes; i++) this.workers.push(this.workerLoop(initializer, initargs));
  }

  // Why a microtask hop first: CPython's worker threads start running only after __init__
  // returns, so an initializer never runs before the constructor's caller continues.
  private async workerLoop(initializer: unknown, initargs: unknown[]): Promise<void> {
    await Promise.resolve();
    if (initializer !== null) await callFunction(initializer, initargs);
    for (;;) {
      if (this._state === "TERMINATE") return;
      const task = this.tasks.shift();
      if (task === undefined) {
        if (this._state !== "RUN") return;
        await new Promise<void>((resolve) => this.wake.push(resolve));
        continue;
      }
      let outcome: Outcome;
      try {
        outcome = [true, await task.run()];
      } catch (error) {
        outcome = [false, error];
      }
      if (!this.terminated()) task.result._set(task.index, outcome);
    }
  }

  // A method, not an inline comparison: the state changes while a task awaits.
  private terminated(): boolean {
    return this._state === "TERMINATE";
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = [];
    for (const resolve of wake) resolve();
  }

  private submit(task: Task): void {
    this.tasks.push(task);
    this.notify();
  }

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
    const result = new ApplyResult(() => undefined, a.callback ?? null, a.error_callback ?? null);
    const args = [...iter(a.args ?? [])];
    const kwds = (a.kwds ?? null) as PyDict | null;
    this.submit({ result, index: 0, run: () => callFunction(a.func, args, kwds ?? undefined) });
    return result;
  }

  async map(...rawArgs: unknown[]): Promise<unknown> {
    return this.mapWith(bindCall(sig.map, rawArgs), mapstar).get();
  }

  async starmap(...rawArgs: unknown[]): Promise<unknown> {
    return this.mapWith(bindCall(sig.map, rawArgs), starmapstar).get();
  }

  map_async(...rawArgs: unknown[]): MapResult {
    return this.mapWith(bindCall(sig.mapAsync, rawArgs), mapstar);
  }

  starmap_async(...rawArgs: unknown[]): MapResult {
    return this.mapWith(bindCall(sig.mapAsync, rawArgs), starmapstar);
  }

  private mapWith(a: Record<string, unknown>, mapper: typeof mapstar): MapResult {
    this._check_running();
    const items = Array.from(iter(a.iterable));
    let chunksize = (a.chunksize ?? null) as number | null;
    if (chunksize === null) {
      const per = this.processes * 4;
      chunksize = Math.floor(items.length / per) + (items.length % per ? 1 : 0);
    }
    if (items.length === 0) chunksize = 0;
    const result = new MapResult(() => undefined, chunksize, items.length, a.callback ?? null, a.error_callback ?? null);
    for (let i = 0, index = 0; chunksize > 0 && i < items.length; i += chunksize, index++) {
      const chunk = items.slice(i, i + chunksize);
      this.submit({ result, index, run: () => mapper(a.func, chunk) });
    }
    return result;
  }

  imap(...rawArgs: unknown[]): IMapIterator {
    return this.imapWith(bindCall(sig.imap, rawArgs), { ordered: true });
  }

  imap_unordered(...rawArgs: unknown[]): IMapIterator {
    return this.imapWith(bindCall(sig.imap, rawArgs), { ordered: false });
  }

  private imapWith(a: Record<string, unknown>, options: { ordered: boolean }): IMapIterator {
    this._check_running();
    const chunksize = (a.chunksize ?? 1) as number;
    if (chunksize < 1) throw new ValueError(`Chunksize must be 1+, not ${chunksize}`);
    const items = Array.from(iter(a.iterable));
    const result = new IMapIterator(() => undefined, { ...options, flatten: chunksize !== 1 });
    let index = 0;
    for (let i = 0; i < items.length; i += chunksize, index++) {
      const chunk = items.slice(i, i + chunksize);
      const run = chunksize === 1 ? () => callFunction(a.func, chunk) : () => mapstar(a.func, chunk);
      this.submit({ result, index, run });
    }
    result._set_length(index);
    return result;
  }

  close(): void {
    if (this._state === "RUN") this._state = "CLOSE";
    this.notify();
  }

  terminate(): void {
    this._state = "TERMINATE";
    this.tasks.length = 0;
    this.notify();
  }

  async join(): Promise<void> {
    if (this._state === "RUN") throw new ValueError("Pool is still running");
    await Promise.all(this.workers);
  }

  __enter__(): this {
    this._check_running();
    return this;
  }

  __exit__(..._exc: unknown[]): void {
    this.terminate();
  }

  __repr__(): string {
    return `<multiprocessing.pool.ThreadPool state=${this._state} pool_size=${this.processes}>`;
  }

  get _processes(): number {
    return this.processes;
  }
}
