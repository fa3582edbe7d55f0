// The parent's handle on one child: a worker thread plus a shared status cell the child sets
// (exit code, then "done") after flushing its output, so poll() answers synchronously and
// join() wakes as soon as the child is finished, without waiting for thread teardown.
import type { Worker } from "node:worker_threads";
import { writeSync } from "node:fs";
import type { PidState } from "./pids.js";
import type { StartMethod } from "./start-method.js";
import { launchWorker } from "./spare-worker.js";
import type { Waitable } from "./shared-wait.js";
import type { ChildPayload } from "./spawn.js";
import type { ManagerWire } from "./manager-wire.js";
import { setChildKiller } from "../os/process.js";
import { NotImplementedError } from "../builtins/exceptions.js";
import { ProcessLookupError } from "../builtins/oserror.js";

/** Sent to worker-entry as workerData. */
export interface ChildBoot {
  readonly py2tsChild: true;
  readonly moduleUrl: string;
  readonly startMethod: StartMethod;
  readonly payload: ChildPayload;
  readonly pids: PidState;
  /** Int32 cells: [0] 1 once finished, [1] exit code, [2] 1 once the child runs its target. */
  readonly status: SharedArrayBuffer;
  readonly argv: readonly string[];
  /** Shared memory segments the parent knows by name: names are system-wide in CPython. */
  readonly shm: readonly (readonly [string, SharedArrayBuffer])[];
  /** Managers the parent can reach, so proxies received later by reference resolve here. */
  readonly managers?: readonly ManagerWire[];
  /** The parent's multiprocessing logger settings, if it made the logger. */
  readonly logging?: { readonly level: number; readonly toStderr: boolean };
  /** The parent's environment at start(), as a forked child would have it. */
  readonly env: Record<string, string | undefined>;
}

const DONE = 0;
const EXITCODE = 1;
export const STARTED = 2;
const SIGTERM = 15;
const SIGKILL = 9;
const SIGINT = 2;
// Signals whose default action is to be ignored (SIGCHLD, SIGCONT, SIGURG, SIGWINCH).
const IGNORED_BY_DEFAULT = new Set([17, 18, 23, 28]);

/** This process's unreaped children by pid, so os.kill(p.pid, sig) reaches them
 *  (os/process.ts). A child stays listed after it exits, until reaped: signalling it then is a
 *  no-op, as for a zombie. Once reaped only its pid is kept, to answer ProcessLookupError. */
const children = new Map<number, Popen>();
const reapedPids = new Set<number>();
setChildKiller((pid, signal) => {
  // Once joined (reaped), the pid is gone, as after CPython's waitpid().
  if (reapedPids.has(pid)) throw new ProcessLookupError(3, "No such process");
  const child = children.get(pid);
  if (child === undefined) return false;
  if (signal === 0 || IGNORED_BY_DEFAULT.has(signal)) return true;
  // CPython's child turns SIGINT into KeyboardInterrupt, which its code may catch.
  if (signal === SIGINT) throw new NotImplementedError("py2ts: os.kill() with SIGINT on a multiprocessing child (KeyboardInterrupt in the child) is not supported");
  child.signalWith(signal);
  return true;
});

/** Called by the child once its module is imported, just before it runs the target. */
export function reportStarted(status: Int32Array): void {
  Atomics.store(status, STARTED, 1);
  Atomics.notify(status, STARTED);
}

/** Records the exit code once: whoever claims the cell first (the child finishing, the parent
 *  reaping a terminated child, or the thread's exit event) decides it; readers see DONE === 1
 *  only after the code is in place. A child that dies before starting counts as started. */
export function reportExit(status: Int32Array, exitcode: number): void {
  if (Atomics.compareExchange(status, DONE, 0, 2) !== 0) return;
  status[EXITCODE] = exitcode;
  Atomics.store(status, DONE, 1);
  Atomics.store(status, STARTED, 1);
  Atomics.notify(status, DONE);
  Atomics.notify(status, STARTED);
}

/** Process.sentinel: CPython's is a pipe fd that becomes readable when the child ends. This one
 *  prints as a number and works with multiprocessing.connection.wait(). */
export class ProcessSentinel implements Waitable {
  constructor(
    private readonly status: Int32Array,
    private readonly fd: number,
  ) {}
  _waitReady(): boolean {
    return Atomics.load(this.status, DONE) === 1;
  }
  _waitSignals(): readonly { readonly cells: Int32Array; readonly index: number }[] {
    return [{ cells: this.status, index: DONE }];
  }
  valueOf(): number {
    return this.fd;
  }
  __repr__(): string {
    return String(this.fd);
  }
}

export class Popen {
  readonly pid: number;
  readonly sentinel: ProcessSentinel;
  private readonly status: Int32Array;
  private readonly worker: Worker;
  private readonly finished: Promise<void>;
  private signal: number | null = null;
  /** The exit status has been collected (join, is_alive, exitcode): the pid is no longer ours. */
  reaped = false;

  constructor(boot: Omit<ChildBoot, "status" | "py2tsChild">, transfer: readonly Transferable[]) {
    const status = new SharedArrayBuffer(12);
    this.status = new Int32Array(status);
    this.pid = boot.pids.pid;
    this.sentinel = new ProcessSentinel(this.status, boot.pids.pid);
    children.set(this.pid, this);
    const workerData: ChildBoot = { ...boot, status, py2tsChild: true };
    this.worker = launchWorker(workerData, transfer, this.status);
    this.worker.on("error", (error: unknown) => {
      // An error escaping worker-entry itself is a runtime bug; show it like a crashed child.
      writeSync(
        2,
        `py2ts: child process ${this.pid} crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    });
    const exited = new Promise<void>((resolve) => {
      this.worker.once("exit", (code: number) => {
        reportExit(this.status, this.signal !== null ? -this.signal : code);
        resolve();
      });
    });
    const waited = Atomics.waitAsync(this.status, DONE, 0);
    this.finished = waited.async ? Promise.race([waited.value.then(() => undefined), exited]) : Promise.resolve();
  }

  poll(): number | null {
    if (Atomics.load(this.status, DONE) !== 1) return null;
    if (!this.reaped) {
      this.reaped = true;
      children.delete(this.pid);
      reapedPids.add(this.pid);
    }
    return this.status[EXITCODE]!;
  }

  /** Resolves to the exit code, or null when `timeout` seconds pass first. */
  async wait(timeout: number | null): Promise<number | null> {
    if (this.poll() !== null) return this.poll();
    if (timeout === null) {
      await this.finished;
    } else {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, Math.max(0, timeout * 1000));
      });
      await Promise.race([this.finished, expired]);
      clearTimeout(timer);
    }
    return this.poll();
  }

  /** With `reap`, the child counts as dead at once (exit code -SIGTERM), as after CPython's
   *  terminate() + join(); used where CPython joins synchronously (Pool.terminate). */
  terminate(options: { reap?: boolean } = {}): void {
    this.sendSignal(SIGTERM);
    if (options.reap === true) reportExit(this.status, -SIGTERM);
  }

  kill(): void {
    this.sendSignal(SIGKILL);
  }

  /** A signal's default action, terminating the child: its exitcode becomes -signal. */
  signalWith(signal: number): void {
    this.sendSignal(signal);
  }

  private sendSignal(signal: number): void {
    if (Atomics.load(this.status, DONE) === 1) return;
    this.signal ??= signal;
    void this.worker.terminate();
  }

  /** Lets the parent exit while this child still runs (daemons at shutdown). */
  unref(): void {
    this.worker.unref();
  }
}
