// ThreadPoolExecutor as CPython's concurrent/futures/thread.py: a work queue, worker threads
// named "<prefix>_<n>" started one per submit while none is idle, up to max_workers.
import { RuntimeError, TypeError, ValueError } from "../../builtins/exceptions.js";
import { callFunction, kw, splitKwargs } from "../../builtins/call.js";
import { PyDict } from "../../builtins/dict.js";
import { PyTuple } from "../../builtins/tuple.js";
import { iter } from "../../builtins/iteration.js";
import { truth } from "../../builtins/truth.js";
import { flushStdio, sysStreams } from "../../builtins/stdio.js";
import { formatExceptionOnly } from "../../builtins/exceptions.js";
import { bindCall, signature } from "../../multiprocessing/call.js";
import { cpu_count } from "../../multiprocessing/context.js";
import { Queue } from "../../queue.js";
import { Thread } from "../../threading/thread.js";
import { _register_atexit, isShuttingDown } from "../../threading/shutdown.js";
import { BrokenThreadPool } from "./errors.js";
import { Executor } from "./executor.js";
import { Future } from "./future.js";
import { formatFrames } from "../../traceback-frames.js";

const INIT_SIG = signature("ThreadPoolExecutor.__init__", [
  "self",
  "max_workers=",
  "thread_name_prefix=",
  "initializer=",
  "initargs=",
]);
const SHUTDOWN_SIG = signature("shutdown", ["self", "wait=", "*", "cancel_futures="]);

let executorCounter = 0;

class WorkItem {
  constructor(
    readonly future: Future,
    readonly fn: unknown,
    readonly args: unknown[],
    readonly kwargs: PyDict,
  ) {}

  async run(): Promise<void> {
    if (!this.future.set_running_or_notify_cancel()) return;
    let result: unknown;
    try {
      result = await callFunction(this.fn, this.args, this.kwargs);
    } catch (error) {
      this.future.set_exception(error);
      return;
    }
    this.future.set_result(result);
  }
}

/** submit(fn, /, *args, **kwargs): the callable, its positionals and its keywords. */
export function submitArguments(method: string, args: readonly unknown[]): [unknown, unknown[], PyDict] {
  const [positional, keywords] = splitKwargs(args);
  if (positional.length === 0) {
    throw new TypeError(`${method}() missing 1 required positional argument: 'fn'`);
  }
  const kwargs = new PyDict();
  for (const [name, value] of Object.entries(keywords)) kwargs.set(name, value);
  return [positional[0], positional.slice(1), kwargs];
}

export class ThreadPoolExecutor extends Executor {
  static override readonly __module__ = "concurrent.futures.thread";
  readonly _max_workers: number;
  readonly _thread_name_prefix: string;
  readonly _threads = new Set<Thread>();
  private readonly workQueue = new Queue();
  private idle = 0;
  private shutdownFlag = false;
  private broken: string | false = false;
  private readonly initializer: unknown;
  private readonly initargs: PyTuple;

  constructor(...rawArgs: unknown[]) {
    super();
    const a = bindCall(INIT_SIG, rawArgs);
    let maxWorkers = (a.max_workers ?? null) as number | null;
    if (maxWorkers === null) maxWorkers = Math.min(32, cpu_count() + 4);
    if (maxWorkers <= 0) throw new ValueError("max_workers must be greater than 0");
    const initializer = a.initializer ?? null;
    if (initializer !== null && typeof initializer !== "function" && !(initializer as object | null)?.constructor) {
      throw new TypeError("initializer must be a callable");
    }
    this._max_workers = maxWorkers;
    const prefix = a.thread_name_prefix ?? "";
    this._thread_name_prefix = truth(prefix) ? String(prefix) : `ThreadPoolExecutor-${executorCounter++}`;
    this.initializer = initializer;
    this.initargs = PyTuple.fromIterable(iter(a.initargs ?? []));
    // Interpreter exit wakes idle workers so the non-daemon workers can be joined.
    _register_atexit(() => this.wakeAll());
  }

  submit(...args: unknown[]): Future {
    const [fn, fnArgs, kwargs] = submitArguments("submit", args);
    if (this.broken !== false) throw new BrokenThreadPool(this.broken);
    if (this.shutdownFlag) throw new RuntimeError("cannot schedule new futures after shutdown");
    if (isShuttingDown()) throw new RuntimeError("cannot schedule new futures after interpreter shutdown");
    const future = new Future();
    this.workQueue.put_nowait(new WorkItem(future, fn, fnArgs, kwargs));
    this.adjustThreadCount();
    return future;
  }

  private adjustThreadCount(): void {
    if (this.idle > 0) {
      this.idle--;
      return;
    }
    const count = this._threads.size;
    if (count < this._max_workers) {
      const thread = new Thread(kw({ name: `${this._thread_name_prefix}_${count}`, target: () => this.worker() }));
      this._threads.add(thread);
      thread.start();
    }
  }

  private async worker(): Promise<void> {
    if (this.initializer !== null) {
      try {
        await callFunction(this.initializer, [...this.initargs]);
      } catch (error) {
        flushStdio();
        sysStreams.stderr.write(
          `Exception in initializer:\nTraceback (most recent call last):\n${formatFrames(error)}${formatExceptionOnly(error)}\n`,
        );
        this.initializerFailed();
        return;
      }
    }
    for (;;) {
      const item = (await this.workQueue.get()) as WorkItem | null;
      if (item !== null) {
        await item.run();
        this.idle++;
        continue;
      }
      if (isShuttingDown() || this.shutdownFlag) {
        this.shutdownFlag = true;
        this.workQueue.put_nowait(null);
        return;
      }
    }
  }

  private initializerFailed(): void {
    this.broken = "A thread initializer failed, the thread pool is not usable anymore";
    while (!this.workQueue.empty()) {
      const item = this.workQueue.get_nowait() as WorkItem | null;
      if (item !== null) item.future.set_exception(new BrokenThreadPool(this.broken));
    }
  }

  private wakeAll(): void {
    this.workQueue.put_nowait(null);
  }

  async shutdown(...args: unknown[]): Promise<void> {
    const a = bindCall(SHUTDOWN_SIG, args);
    this.shutdownFlag = true;
    if (truth(a.cancel_futures ?? false)) {
      while (!this.workQueue.empty()) {
        const item = this.workQueue.get_nowait() as WorkItem | null;
        if (item !== null) item.future.cancel();
      }
    }
    this.workQueue.put_nowait(null);
    if (truth(a.wait ?? true)) {
      for (const thread of this._threads) await thread.join();
    }
  }
}
