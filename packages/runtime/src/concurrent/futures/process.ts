// ProcessPoolExecutor on the multiprocessing worker machinery: worker processes run the pool
// worker loop (multiprocessing/pool-worker) fed one task at a time by this parent, so an idle
// worker takes the next task. A worker that dies with work outstanding breaks the pool: every
// pending future fails with BrokenProcessPool instead of waiting forever.
import { TypeError, ValueError, RuntimeError } from "../../builtins/exceptions.js";
import { kw } from "../../builtins/call.js";
import { PyTuple } from "../../builtins/tuple.js";
import { iter } from "../../builtins/iteration.js";
import { truth } from "../../builtins/truth.js";
import { bindCall, signature } from "../../multiprocessing/call.js";
import { cpu_count, get_context, type BaseContext } from "../../multiprocessing/context.js";
import type { BaseProcess } from "../../multiprocessing/process.js";
import { RemoteTraceback, starmapstar, TaskChannel, worker, type ResultMessage } from "../../multiprocessing/pool-worker.js";
import { decode, encode } from "../../multiprocessing/reduction.js";
import { markNotRaised } from "../../multiprocessing/util.js";
import { isShuttingDown } from "../../threading/shutdown.js";
import { BrokenProcessPool } from "./errors.js";
import { Executor, mapArguments, resultIterator } from "./executor.js";
import { Future } from "./future.js";
import { submitArguments } from "./thread.js";

const INIT_SIG = signature("ProcessPoolExecutor.__init__", [
  "self",
  "max_workers=",
  "mp_context=",
  "initializer=",
  "initargs=",
  "*",
  "max_tasks_per_child=",
]);
const SHUTDOWN_SIG = signature("shutdown", ["self", "wait=", "*", "cancel_futures="]);

interface Slot {
  readonly process: BaseProcess;
  readonly channel: TaskChannel;
  task: number | null;
  completed: number;
  stopped: boolean;
}

interface WorkItem {
  readonly id: number;
  readonly future: Future;
  readonly fn: unknown;
  readonly args: unknown[];
  readonly kwargs: unknown;
}

export class ProcessPoolExecutor extends Executor {
  static override readonly __module__ = "concurrent.futures.process";
  readonly _max_workers: number;
  private readonly ctx: BaseContext;
  private readonly initializer: unknown;
  private readonly initargs: PyTuple;
  private readonly maxTasks: number | null;
  private readonly slots: Slot[] = [];
  private readonly queue: WorkItem[] = [];
  private readonly running = new Map<number, WorkItem>();
  private nextId = 0;
  private shutdownFlag = false;
  private broken: string | false = false;
  private readonly exited: Promise<void>[] = [];

  constructor(...rawArgs: unknown[]) {
    super();
    const a = bindCall(INIT_SIG, rawArgs);
    const maxWorkers = (a.max_workers ?? null) as number | null;
    if (maxWorkers !== null && maxWorkers <= 0) throw new ValueError("max_workers must be greater than 0");
    this._max_workers = maxWorkers ?? cpu_count();
    const maxTasks = a.max_tasks_per_child ?? null;
    let ctx = (a.mp_context ?? null) as BaseContext | null;
    if (ctx === null) ctx = maxTasks !== null ? get_context("spawn") : get_context();
    this.ctx = ctx;
    const initializer = a.initializer ?? null;
    if (initializer !== null && typeof initializer !== "function") throw new TypeError("initializer must be a callable");
    this.initializer = initializer;
    this.initargs = PyTuple.fromIterable(iter(a.initargs ?? []));
    if (maxTasks !== null) {
      if (typeof maxTasks !== "number" || !Number.isInteger(maxTasks)) {
        throw new TypeError("max_tasks_per_child must be an integer");
      }
      if (maxTasks <= 0) throw new ValueError("max_tasks_per_child must be >= 1");
      if (ctx.get_start_method() === "fork") {
        throw new ValueError(
          "max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; supply a different mp_context.",
        );
      }
    }
    this.maxTasks = maxTasks as number | null;
  }

  submit(...args: unknown[]): Future {
    const [fn, fnArgs, kwargs] = submitArguments("submit", args);
    if (this.broken !== false) throw new BrokenProcessPool(this.broken);
    if (this.shutdownFlag) throw new RuntimeError("cannot schedule new futures after shutdown");
    if (isShuttingDown()) throw new RuntimeError("cannot schedule new futures after interpreter shutdown");
    const future = new Future();
    this.queue.push({ id: this.nextId++, future, fn, args: fnArgs, kwargs: kwargs.__len__() > 0 ? kwargs : null });
    this.adjustProcessCount();
    this.dispatch();
    return future;
  }

  override async map(...args: unknown[]): Promise<Iterator<unknown>> {
    const { fn, calls, timeout, chunksize } = mapArguments(args);
    if (chunksize < 1) throw new ValueError("chunksize must be >= 1.");
    const futures: Future[] = [];
    for (let i = 0; i < calls.length; i += chunksize) {
      futures.push(this.submit(starmapstar, fn, calls.slice(i, i + chunksize)));
    }
    return resultIterator(futures, timeout, { chunked: true });
  }

  /** fork: every worker at the first submit; spawn: one more per submit while none is idle. */
  private adjustProcessCount(): void {
    if (this.ctx.get_start_method() === "fork") {
      while (this.slots.length < this._max_workers) this.startWorker();
      return;
    }
    const idle = this.slots.some((slot) => slot.task === null);
    if (!idle && this.slots.length < this._max_workers) this.startWorker();
  }

  private startWorker(): void {
    const [parentEnd, childEnd] = TaskChannel.pair();
    const process = new this.ctx.Process(
      kw({ target: worker, args: PyTuple.of(childEnd, this.initializer, this.initargs, this.maxTasks) }),
    );
    // Daemonic so an executor never shut down cannot hold the interpreter's exit.
    process.daemon = true;
    process.start();
    const slot: Slot = { process, channel: parentEnd, task: null, completed: 0, stopped: false };
    this.slots.push(slot);
    parentEnd.port.on("message", (message: ResultMessage) => this.onResult(slot, message));
    this.exited.push(process.join().then(() => this.onWorkerExit(slot)));
  }

  private onResult(slot: Slot, message: ResultMessage): void {
    slot.task = null;
    slot.completed++;
    const item = this.running.get(message.job);
    this.running.delete(message.job);
    const raw = decode(message.value);
    if (item !== undefined) {
      if (message.success) item.future.set_result(raw);
      else {
        const [error, tb] = raw as [Error & { __cause__: unknown }, string];
        const cause = new RemoteTraceback(tb);
        markNotRaised(cause);
        error.__cause__ = cause;
        item.future.set_exception(error);
      }
    }
    this.dispatch();
  }

  private onWorkerExit(slot: Slot): void {
    // Its last result can still be in flight behind the exit notice: look again shortly.
    setTimeout(() => {
      const at = this.slots.indexOf(slot);
      if (at !== -1) this.slots.splice(at, 1);
      const retired = this.maxTasks !== null && slot.completed >= this.maxTasks && slot.task === null;
      if (retired && !this.shutdownFlag) {
        this.startWorker();
        this.dispatch();
        return;
      }
      if (slot.task !== null || (!this.shutdownFlag && !retired)) this.terminateBroken();
    }, 20);
  }

  private terminateBroken(): void {
    if (this.broken !== false) return;
    this.broken = "A child process terminated abruptly, the process pool is not usable anymore";
    this.shutdownFlag = true;
    const error = new BrokenProcessPool(
      "A process in the process pool was terminated abruptly while the future was running or pending.",
    );
    for (const item of [...this.running.values(), ...this.queue.splice(0)]) {
      if (!item.future.done()) item.future.set_exception(error);
    }
    this.running.clear();
    for (const slot of this.slots) slot.process._popen()?.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== null || slot.stopped) continue;
      if (this.maxTasks !== null && slot.completed >= this.maxTasks) continue;
      let item = this.queue.shift();
      while (item !== undefined && !item.future.set_running_or_notify_cancel()) item = this.queue.shift();
      if (item === undefined) break;
      let task;
      try {
        task = encode(PyTuple.of(item.fn, PyTuple.fromIterable(item.args), item.kwargs)).data;
      } catch (error) {
        item.future.set_exception(error);
        continue;
      }
      slot.task = item.id;
      this.running.set(item.id, item);
      slot.channel.port.postMessage({ job: item.id, index: 0, task });
    }
    if (this.shutdownFlag && this.queue.length === 0) {
      for (const slot of this.slots) {
        if (slot.task !== null || slot.stopped) continue;
        slot.stopped = true;
        slot.channel.port.postMessage(null);
      }
    }
  }

  async shutdown(...args: unknown[]): Promise<void> {
    const a = bindCall(SHUTDOWN_SIG, args);
    if (truth(a.cancel_futures ?? false)) {
      for (const item of this.queue.splice(0)) item.future.cancel();
    }
    this.shutdownFlag = true;
    this.dispatch();
    if (truth(a.wait ?? true)) {
      for (const item of [...this.running.values(), ...this.queue]) {
        await item.future.exception().catch(() => undefined);
      }
      await Promise.all(this.exited);
    }
  }
}
