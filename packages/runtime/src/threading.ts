// `import threading`: Python threads as async tasks of this isolate (docs/ARCHITECTURE.md).
export {
  Thread,
  current_thread,
  main_thread,
  enumerate,
  active_count,
  get_ident,
  get_native_id,
  _newname,
} from "./threading/thread.js";
export { Lock, RLock } from "./threading/locks.js";
export { Condition, Semaphore, BoundedSemaphore, Event } from "./threading/condition.js";
export { Barrier, BrokenBarrierError } from "./threading/barrier.js";
export { Timer, local } from "./threading/timer.js";
export { shutdownThreads, _register_atexit } from "./threading/shutdown.js";
export { currentThread, activeCount } from "./threading/aliases.js";
export { TIMEOUT_MAX } from "./threading/wait.js";
