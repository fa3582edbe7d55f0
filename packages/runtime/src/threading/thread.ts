// threading.Thread: a Python thread is an async task of this isolate. start() runs the target at
// once (up to its first blocking call, as a freshly started CPython thread usually does) inside
// its own async context, so current_thread() and lock ownership follow it across awaits.
import { AssertionError, RuntimeError, SystemExit } from "../builtins/exceptions.js";
import { formatExceptionOnly } from "../builtins/exceptions.js";
import { callFunction } from "../builtins/call.js";
import { PyDict } from "../builtins/dict.js";
import { PyTuple } from "../builtins/tuple.js";
import { iter } from "../builtins/iteration.js";
import { truth } from "../builtins/truth.js";
import { pyClassName } from "../builtins/classname.js";
import { PyObject } from "../builtins/types.js";
import { flushStdio, sysStreams } from "../builtins/stdio.js";
import { bindCall, signature } from "../multiprocessing/call.js";
import { currentPid } from "../multiprocessing/pids.js";
import { setTaskIdentity } from "../multiprocessing/shared-identity.js";
import { currentThreadRecord, runAsThread } from "./identity.js";
import { deadlineOf, remainingMs } from "./wait.js";
import { formatFrames } from "../traceback-frames.js";

const INIT_SIG = signature("Thread.__init__", ["self", "group=", "target=", "name=", "args=", "kwargs=", "*", "daemon="]);
const JOIN_SIG = signature("Thread.join", ["self", "timeout="]);

// Per process (each worker isolate loads its own copy): the name counter, the live threads.
let nameCounter = 0;
let taskCounter = 0;
const active = new Set<Thread>();

/** Distinct, pthread_t-like numbers: CPython's idents are addresses and vary run to run. */
function newIdent(task: number): number {
  return 139_800_000_000_000 + task * 8_392_704;
}

export function _newname(template = "Thread-%d"): string {
  return template.replace("%d", String(++nameCounter));
}

export class Thread extends PyObject {
  static readonly __module__ = "threading";
  declare _target: unknown;
  declare _args: PyTuple;
  declare _kwargs: PyDict;
  declare _name: string;
  declare _daemonic: boolean;
  declare _ident: number | null;
  declare _native_id: number | null;
  declare _taskId: number;
  declare _initialized: boolean;
  declare _startedFlag: boolean;
  declare _is_stopped: boolean;
  declare _done: Promise<void> | undefined;

  override __init__(...rawArgs: unknown[]): void {
    const a = bindCall(INIT_SIG, rawArgs);
    if (a.group !== null && a.group !== undefined) throw new AssertionError("group argument must be None for now");
    const target = a.target ?? null;
    let name = a.name ?? null;
    if (name !== null) name = String(name);
    else {
      name = _newname();
      if (target !== null) {
        const targetName = (target as { __name__?: unknown }).__name__ ?? (typeof target === "function" ? target.name : undefined);
        if (typeof targetName === "string" && targetName !== "") name += ` (${targetName})`;
      }
    }
    this._target = target;
    this._name = name as string;
    this._args = PyTuple.fromIterable(iter(a.args ?? []));
    this._kwargs = a.kwargs instanceof PyDict ? a.kwargs : new PyDict();
    this._daemonic = a.daemon !== null && a.daemon !== undefined ? truth(a.daemon) : current_thread().daemon;
    this._ident = null;
    this._native_id = null;
    this._taskId = ++taskCounter;
    this._startedFlag = false;
    this._is_stopped = false;
    this._initialized = true;
  }

  start(): void {
    if (!this._initialized) throw new RuntimeError("thread.__init__() not called");
    if (this._startedFlag) throw new RuntimeError("threads can only be started once");
    this._startedFlag = true;
    this._ident = newIdent(this._taskId);
    this._native_id = currentPid() + this._taskId;
    active.add(this);
    this._done = runAsThread(this, () => this.bootstrap());
  }

  private async bootstrap(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      if (!(error instanceof SystemExit)) excepthook(this, error);
    } finally {
      this._is_stopped = true;
      active.delete(this);
    }
  }

  run(): unknown {
    try {
      if (this._target !== null && this._target !== undefined) {
        return callFunction(this._target, [...this._args], this._kwargs);
      }
      return undefined;
    } finally {
      // CPython drops the references so the target's arguments can be freed.
      this._target = null;
      this._args = PyTuple.of();
      this._kwargs = new PyDict();
    }
  }

  async join(...rawArgs: unknown[]): Promise<void> {
    const { timeout } = bindCall(JOIN_SIG, rawArgs);
    if (!this._initialized) throw new RuntimeError("Thread.__init__() not called");
    if (!this._startedFlag) throw new RuntimeError("cannot join thread before it is started");
    if (this === current_thread()) throw new RuntimeError("cannot join current thread");
    const done = this._done ?? new Promise<void>(() => undefined);
    const deadline = deadlineOf(timeout);
    if (deadline === Infinity) return done;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, remainingMs(deadline))))]);
    clearTimeout(timer);
  }

  is_alive(): boolean {
    return this._startedFlag && !this._is_stopped;
  }

  get name(): string {
    return this._name;
  }

  set name(name: unknown) {
    this._name = String(name);
  }

  get ident(): number | null {
    return this._ident;
  }

  get native_id(): number | null {
    return this._native_id;
  }

  get daemon(): boolean {
    return this._daemonic;
  }

  set daemon(daemonic: unknown) {
    if (!this._initialized) throw new RuntimeError("Thread.__init__() not called");
    if (this._startedFlag) throw new RuntimeError("cannot set daemon status of active thread");
    this._daemonic = truth(daemonic);
  }

  getName(): string {
    return this._name;
  }

  setName(name: unknown): void {
    this.name = name;
  }

  isDaemon(): boolean {
    return this.daemon;
  }

  setDaemon(daemonic: unknown): void {
    this.daemon = daemonic;
  }

  __repr__(): string {
    let status = this._startedFlag ? "started" : "initial";
    if (this._is_stopped) status = "stopped";
    if (this._daemonic) status += " daemon";
    if (this._ident !== null) status += ` ${this._ident}`;
    return `<${pyClassName(this.constructor)}(${this._name}, ${status})>`;
  }

  override toString(): string {
    return this.__repr__();
  }
}

/** threading.excepthook's default output; frames are not available, so the traceback is the
 *  header and the exception line. */
function excepthook(thread: Thread, error: unknown): void {
  flushStdio();
  sysStreams.stderr.write(
    `Exception in thread ${thread.name}:\nTraceback (most recent call last):\n${formatFrames(error, undefined, "Thread.bootstrap")}${formatExceptionOnly(error)}\n`,
  );
  flushStdio();
}

// Built without __init__ (it is not a new thread), as CPython's _MainThread is special-cased.
class _MainThread extends Thread {}

const mainThread: Thread = (() => {
  const thread = Object.create(_MainThread.prototype) as Thread;
  Object.assign(thread, {
    _target: null,
    _args: PyTuple.of(),
    _kwargs: new PyDict(),
    _name: "MainThread",
    _daemonic: false,
    _ident: newIdent(0),
    _native_id: currentPid(),
    _taskId: 0,
    _initialized: true,
    _startedFlag: true,
    _is_stopped: false,
  });
  return thread;
})();

export function current_thread(): Thread {
  return (currentThreadRecord() as Thread | undefined) ?? mainThread;
}

export function main_thread(): Thread {
  return mainThread;
}

export function enumerate(): Thread[] {
  return [mainThread, ...active];
}

export function active_count(): number {
  return active.size + 1;
}

export function get_ident(): number {
  return current_thread().ident!;
}

export function get_native_id(): number {
  return current_thread().native_id!;
}

/** Threads still running that the interpreter waits for at exit. */
export function nonDaemonThreads(): Thread[] {
  return [...active].filter((thread) => !thread.daemon);
}

export function threadDone(thread: Thread): Promise<void> {
  return thread._done ?? Promise.resolve();
}

setTaskIdentity({
  currentTaskId: () => current_thread()._taskId,
  currentThreadName: () => current_thread().name,
});
