// multiprocessing.context: the start-method functions of the default context and the concrete
// ForkContext/SpawnContext objects whose attributes create the same primitives.
import { cpus } from "node:os";
import { Pipe } from "./connection.js";
import { Pool } from "./pool.js";
import { get_logger, log_to_stderr } from "./log.js";
import { Manager, type SyncManager } from "./managers.js";
import { JoinableQueue, Queue, SimpleQueue } from "./queues.js";
import { Array, RawArray, RawValue, Value } from "./sharedctypes.js";
import { Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore } from "./synchronize.js";
import { Kwargs, kw } from "../builtins/call.js";
import { bindCall, signature } from "./call.js";
import { active_children, current_process, parent_process, BaseProcess, ForkProcess, ForkServerProcess, SpawnProcess } from "./process.js";
import { reducer } from "./reduction-module.js";
import {
  ALL_START_METHODS,
  checkStartMethod,
  getStartMethodName,
  peekStartMethod,
  setStartMethodName,
  type StartMethod,
} from "./start-method.js";

export function cpu_count(): number {
  return cpus().length;
}

export function get_start_method(...args: unknown[]): string | null {
  const { allow_none } = bindCall(signature("DefaultContext.get_start_method", ["self", "allow_none="]), args);
  if (allow_none === true && peekStartMethod() === null) return null;
  return getStartMethodName();
}

export function set_start_method(...args: unknown[]): void {
  const { method, force } = bindCall(signature("DefaultContext.set_start_method", ["self", "method", "force="]), args);
  setStartMethodName(method, { force: force === true });
}

export function get_all_start_methods(): string[] {
  return [...ALL_START_METHODS];
}

/** A concrete context: `ctx.Process` starts children with this context's method. */
export class BaseContext {
  readonly Process: typeof BaseProcess;
  readonly current_process = current_process;
  readonly parent_process = parent_process;
  readonly active_children = active_children;
  readonly cpu_count = cpu_count;
  readonly get_all_start_methods = get_all_start_methods;
  readonly Lock = callableClass(Lock);
  readonly RLock = callableClass(RLock);
  readonly Semaphore = callableClass(Semaphore);
  readonly BoundedSemaphore = callableClass(BoundedSemaphore);
  readonly Condition = callableClass(Condition);
  readonly Event = callableClass(Event);
  readonly Barrier = callableClass(Barrier);
  readonly Queue = callableClass(Queue);
  readonly JoinableQueue = callableClass(JoinableQueue);
  readonly SimpleQueue = callableClass(SimpleQueue);
  readonly Pipe = Pipe;
  readonly freeze_support = freeze_support;
  readonly set_executable = set_executable;
  readonly set_forkserver_preload = set_forkserver_preload;
  readonly allow_connection_pickling = allow_connection_pickling;
  readonly log_to_stderr = log_to_stderr;
  readonly get_logger = get_logger;
  readonly Value = Value;
  readonly Array = Array;
  readonly RawValue = RawValue;
  readonly RawArray = RawArray;

  constructor(readonly _name: StartMethod) {
    this.Process = callableClass(PROCESS_CLASSES[_name]);
  }

  /** ctx.Manager(): a started SyncManager whose server starts with this context's method. */
  Manager(...args: unknown[]): SyncManager {
    const last = args[args.length - 1];
    if (last instanceof Kwargs) return Manager(...args.slice(0, -1), kw({ ctx: this, ...last.record }));
    return Manager(...args, kw({ ctx: this }));
  }

  /** ctx.Pool(...): a pool whose workers start with this context's method. */
  Pool(...args: unknown[]): Pool {
    return new Pool(...withContext(args, this));
  }

  get_start_method(): string {
    return this._name;
  }

  get reducer(): typeof reducer {
    return reducer;
  }

  get_context(method: unknown = null): BaseContext {
    return method === null ? this : get_context(method);
  }

  __repr__(): string {
    return `<multiprocessing.context.${this.constructor.name} object at 0x7f0000000000>`;
  }
}

const PROCESS_CLASSES = { fork: ForkProcess, spawn: SpawnProcess, forkserver: ForkServerProcess };

/** `ctx.Queue(...)` reaches the class through an attribute whose type the transpiler does not
 *  know, so it is called, not constructed: calling the returned class constructs it, as calling a
 *  Python class does (`new`, `extends` and isinstance keep working on it). */
function callableClass<T extends abstract new (...args: never[]) => unknown>(cls: T): T {
  return new Proxy(cls, {
    apply: (target, _self, args: unknown[]) => Reflect.construct(target, args),
  });
}

export class ForkContext extends BaseContext {}
export class SpawnContext extends BaseContext {}
export class ForkServerContext extends BaseContext {}

const contexts: Record<StartMethod, BaseContext> = {
  fork: new ForkContext("fork"),
  spawn: new SpawnContext("spawn"),
  forkserver: new ForkServerContext("forkserver"),
};

export function get_context(...args: unknown[]): BaseContext {
  const { method } = bindCall(signature("DefaultContext.get_context", ["self", "method="]), args);
  if (method === null || method === undefined) return contexts[getStartMethodName()];
  return contexts[checkStartMethod(method)];
}

/** Appends `context=ctx` to a Pool call's keywords, as BaseContext.Pool does. */
function withContext(args: unknown[], ctx: BaseContext): unknown[] {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) return [...args.slice(0, -1), kw({ ...last.record, context: ctx })];
  return [...args, kw({ context: ctx })];
}

/** multiprocessing.freeze_support(): CPython acts only in frozen Windows executables; on Linux
 *  it does nothing, so neither does this. */
export function freeze_support(): void {}

/** set_executable(executable): which Python runs spawned children; threads need none. */
export function set_executable(executable: unknown): void {
  void executable;
}

/** set_forkserver_preload(module_names): modules a forkserver imports first; no forkserver here. */
export function set_forkserver_preload(module_names: unknown): void {
  void module_names;
}

/** allow_connection_pickling(): CPython registers reducers for sockets and connections. */
export function allow_connection_pickling(): void {}
