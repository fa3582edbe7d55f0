// `import multiprocessing`: the names of CPython's multiprocessing package.
export {
  Process,
  BaseProcess,
  ForkProcess,
  SpawnProcess,
  ForkServerProcess,
  current_process,
  parent_process,
  active_children,
} from "./process.js";
export {
  cpu_count,
  get_start_method,
  set_start_method,
  get_all_start_methods,
  get_context,
  freeze_support,
  BaseContext,
  ForkContext,
  SpawnContext,
} from "./context.js";
export { PicklingError, UnpicklingError } from "./reduction.js";
export { Pool } from "./pool.js";
export { ProcessError, BufferTooShort, TimeoutError, AuthenticationError } from "./errors.js";
export { Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier } from "./synchronize.js";
export { Value, Array, RawValue, RawArray } from "./sharedctypes.js";
export { Queue, JoinableQueue, SimpleQueue } from "./queues.js";
export { Pipe } from "./connection.js";
export { Manager } from "./managers.js";
export { get_logger, log_to_stderr } from "./log.js";
export { set_executable, set_forkserver_preload, allow_connection_pickling } from "./context.js";
export { reducer } from "./reduction-module.js";
