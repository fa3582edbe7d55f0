// multiprocessing.process: Process objects, current_process/parent_process/active_children,
// mirroring CPython's Lib/multiprocessing/process.py (names, asserts, messages, repr).
import { AssertionError, AttributeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyDict } from "../builtins/dict.js";
import { repr } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { iter } from "../builtins/iteration.js";
import { pyClassName } from "../builtins/classname.js";
import { bindCall, invoke, signature, toSeconds } from "./call.js";
import { bindArguments, Kwargs, signatureOf } from "../builtins/call.js";
import { currentPid } from "./pids.js";
import { registerRuntimeGlobal } from "./reduction.js";
import type { Popen, ProcessSentinel } from "./popen.js";
import { startChild } from "./spawn.js";
// Registers util._exit_function, which main.ts runs at exit once a child can exist.
import "./util.js";

/** Inherited by descendants, as CPython's `_config` dict. */
export class ProcessConfig {
  daemon?: boolean;
  /** null: not drawn yet (the main process draws its key on first use, not at start-up). */
  private key: PyBytes | null;
  constructor(authkey: PyBytes | null) {
    this.key = authkey;
  }
  get authkey(): PyBytes {
    return (this.key ??= new PyBytes(crypto.getRandomValues(new Uint8Array(32))));
  }
  set authkey(authkey: PyBytes) {
    this.key = authkey;
  }
  copy(): ProcessConfig {
    const copy = new ProcessConfig(this.authkey);
    if (this.daemon !== undefined) copy.daemon = this.daemon;
    return copy;
  }
}

// The thread's own process and its children, as process.py's module globals. A child thread
// replaces them in adoptChildState() before running its target.
const state: {
  current: BaseProcess;
  parent: ParentProcess | null;
  counter: number;
  children: Set<BaseProcess>;
} = { current: undefined as unknown as BaseProcess, parent: null, counter: 1, children: new Set() };

// Runtime-only parts of a Process that must not be copied into the child.
const popens = new WeakMap<BaseProcess, Popen>();

const SIGNAL_NAMES: Record<number, string> = { [-15]: "-SIGTERM", [-9]: "-SIGKILL", [-2]: "-SIGINT", [-1]: "-SIGHUP" };

const JOIN_SIG = signature("BaseProcess.join", ["self", "timeout="]);
const INIT_SIG = signature("BaseProcess.__init__", [
  "self",
  "group=",
  "target=",
  "name=",
  "args=",
  "kwargs=",
  "*",
  "daemon=",
]);

export class BaseProcess {
  declare _identity: PyTuple<number>;
  declare _config: ProcessConfig;
  declare _parent_pid: number | null;
  declare _parent_name: string | null;
  _closed = false;
  declare _name: string;
  declare _start_method: string | null;
  _target?: unknown;
  _args?: PyTuple;
  _kwargs?: PyDict;

  // As PyObject: the constructor only calls __init__, so a subclass's own __init__ can run code
  // before and after super().__init__(...), as in Python.
  constructor(...args: unknown[]) {
    const init = this.__init__;
    const sig = args[args.length - 1] instanceof Kwargs ? signatureOf(init) : undefined;
    init.apply(this, sig ? bindArguments(sig, args) : args);
  }

  __init__(...rawArgs: unknown[]): void {
    const bound = bindCall(INIT_SIG, rawArgs);
    if (bound.group !== null && bound.group !== undefined)
      throw new AssertionError("group argument must be None for now");
    const cls = this.constructor as { startMethod?: string };
    this._start_method = cls.startMethod ?? null;
    const count = state.counter++;
    this._identity = PyTuple.fromIterable([...state.current._identity, count]);
    this._config = state.current._config.copy();
    this._parent_pid = currentPid();
    this._parent_name = state.current.name;
    this._target = bound.target ?? null;
    this._args = PyTuple.fromIterable(iter(bound.args ?? []));
    this._kwargs = new PyDict(
      bound.kwargs instanceof PyDict ? (bound.kwargs.items() as Iterable<[unknown, unknown]>) : [],
    );
    const name = bound.name;
    this._name =
      typeof name === "string" && name !== "" ? name : `${pyClassName(this.constructor)}-${this._identity.join(":")}`;
    if (bound.daemon !== null && bound.daemon !== undefined) this.daemon = bound.daemon as boolean;
  }

  _check_closed(): void {
    if (this._closed) throw new ValueError("process object is closed");
  }

  /** Runs in the child; subclasses override it. */
  run(): unknown {
    if (this._target) return invoke(this._target, this._args ?? PyTuple.of(), this._kwargs ?? null);
    return undefined;
  }

  start(): void {
    this._check_closed();
    if (popens.has(this)) throw new AssertionError("cannot start a process twice");
    if (this._parent_pid !== currentPid()) {
      throw new AssertionError("can only start a process object created by current process");
    }
    if (state.current._config.daemon) throw new AssertionError("daemonic processes are not allowed to have children");
    cleanup();
    const popen = startChild(this, this._start_method);
    popens.set(this, popen);
    delete this._target;
    delete this._args;
    delete this._kwargs;
    state.children.add(this);
  }

  terminate(): void {
    this._check_closed();
    this.startedPopen("terminate").terminate();
  }

  kill(): void {
    this._check_closed();
    this.startedPopen("kill").kill();
  }

  /** CPython calls self._popen.<method>() directly, so an unstarted process fails on None. */
  private startedPopen(method: string): Popen {
    const popen = popens.get(this);
    if (popen === undefined) throw new AttributeError(`'NoneType' object has no attribute '${method}'`);
    return popen;
  }

  async join(...args: unknown[]): Promise<void> {
    const { timeout } = bindCall(JOIN_SIG, args);
    this._check_closed();
    if (this._parent_pid !== currentPid()) throw new AssertionError("can only join a child process");
    const popen = popens.get(this);
    if (popen === undefined) throw new AssertionError("can only join a started process");
    const res = await popen.wait(toSeconds(timeout));
    if (res !== null) state.children.delete(this);
  }

  is_alive(): boolean {
    this._check_closed();
    if (this === state.current) return true;
    if (this._parent_pid !== currentPid()) throw new AssertionError("can only test a child process");
    const popen = popens.get(this);
    if (popen === undefined) return false;
    if (popen.poll() === null) return true;
    state.children.delete(this);
    return false;
  }

  close(): void {
    const popen = popens.get(this);
    if (popen !== undefined) {
      if (popen.poll() === null) {
        throw new ValueError(
          "Cannot close a process while it is still running. You should first call join() or terminate().",
        );
      }
      popens.delete(this);
      state.children.delete(this);
    }
    this._closed = true;
  }

  get name(): string {
    return this._name;
  }

  set name(name: unknown) {
    if (typeof name !== "string") throw new AssertionError("name must be a string");
    this._name = name;
  }

  get daemon(): boolean {
    return this._config.daemon ?? false;
  }

  set daemon(daemonic: boolean) {
    if (popens.has(this)) throw new AssertionError("process has already started");
    this._config.daemon = daemonic;
  }

  get authkey(): PyBytes {
    return this._config.authkey;
  }

  set authkey(authkey: PyBytes) {
    this._config.authkey = authkey;
  }

  get exitcode(): number | null {
    this._check_closed();
    return popens.get(this)?.poll() ?? null;
  }

  get ident(): number | null {
    this._check_closed();
    if (this === state.current) return currentPid();
    return popens.get(this)?.pid ?? null;
  }

  get pid(): number | null {
    return this.ident;
  }

  get sentinel(): ProcessSentinel {
    this._check_closed();
    const popen = popens.get(this);
    if (popen === undefined) throw new ValueError("process not started");
    return popen.sentinel;
  }

  __repr__(): string {
    const popen = popens.get(this);
    let exitcode: number | null = null;
    let status: string;
    if (this === state.current) status = "started";
    else if (this._closed) status = "closed";
    else if (this._parent_pid !== currentPid()) status = "unknown";
    else if (popen === undefined) status = "initial";
    else {
      exitcode = popen.poll();
      status = exitcode !== null ? "stopped" : "started";
    }
    const info = [pyClassName(this.constructor), `name=${repr(this._name)}`];
    if (popen !== undefined) info.push(`pid=${popen.pid}`);
    info.push(`parent=${this._parent_pid === null ? "None" : this._parent_pid}`);
    info.push(status);
    if (exitcode !== null) info.push(`exitcode=${SIGNAL_NAMES[exitcode] ?? exitcode}`);
    if (this.daemon) info.push("daemon");
    return `<${info.join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  /** Popen of a started child (pool and exit handling use it). */
  _popen(): Popen | undefined {
    return popens.get(this);
  }
}

/** multiprocessing.Process: the default context's class, named `Process` in reprs and names. */
export class Process extends BaseProcess {}
export class ForkProcess extends BaseProcess {
  static readonly startMethod = "fork";
}
export class SpawnProcess extends BaseProcess {
  static readonly startMethod = "spawn";
}
/** A forkserver child: spawn semantics here (there is no fork server to fork from). */
export class ForkServerProcess extends BaseProcess {
  static readonly startMethod = "forkserver";
}

class MainProcess extends BaseProcess {
  static readonly __name__ = "_MainProcess";
}

/** The parent as seen from a child. A child thread dies with its parent, so from inside a
 *  running child the parent is always alive and join() only returns on a timeout. */
export class ParentProcess {
  static readonly __name__ = "_ParentProcess";
  readonly daemon = false;
  readonly exitcode = null;
  constructor(
    readonly name: string,
    readonly pid: number,
  ) {}
  get ident(): number {
    return this.pid;
  }
  is_alive(): boolean {
    return true;
  }
  async join(...args: unknown[]): Promise<void> {
    const seconds = toSeconds(bindCall(PARENT_JOIN_SIG, args).timeout);
    // Without a timeout this blocks for good; a timer keeps the thread's event loop alive.
    await new Promise<void>((resolve) => {
      if (seconds !== null) setTimeout(resolve, seconds * 1000);
      else setInterval(() => undefined, 2 ** 30);
    });
  }
  __repr__(): string {
    return `<_ParentProcess name=${repr(this.name)} parent=None unknown>`;
  }
  toString(): string {
    return this.__repr__();
  }
}

const PARENT_JOIN_SIG = signature("_ParentProcess.join", ["self", "timeout="]);

function createMainProcess(): BaseProcess {
  const main = Object.create(MainProcess.prototype) as BaseProcess;
  Object.assign(main, {
    _identity: PyTuple.of(),
    _config: new ProcessConfig(null),
    _parent_pid: null,
    _parent_name: null,
    _closed: false,
    _name: "MainProcess",
    _start_method: null,
  });
  return main;
}
state.current = createMainProcess();

function cleanup(): void {
  for (const child of [...state.children]) {
    if (popens.get(child)?.poll() !== null) state.children.delete(child);
  }
}

export function current_process(): BaseProcess {
  return state.current;
}

export function parent_process(): ParentProcess | null {
  return state.parent;
}

export function active_children(): BaseProcess[] {
  cleanup();
  return [...state.children];
}

/** In a freshly started child: this thread now is `self`, with no children of its own yet. */
export function adoptChildState(self: BaseProcess, parent: ParentProcess): void {
  state.current = self;
  state.parent = parent;
  state.counter = 1;
  state.children = new Set();
}

for (const [name, value] of Object.entries({ BaseProcess, Process, ForkProcess, SpawnProcess, ForkServerProcess, ProcessConfig })) {
  registerRuntimeGlobal(`multiprocessing.${name}`, value);
}
