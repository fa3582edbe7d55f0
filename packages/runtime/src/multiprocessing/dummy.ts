// multiprocessing.dummy: the multiprocessing API over threads. Python threads are async tasks in
// this isolate, so Pool is a ThreadPool and the queues are `queue`'s thread queues.
import { ThreadPool } from "./thread-pool.js";

export { Queue, Queue as JoinableQueue } from "../queue.js";
export { Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier } from "./synchronize.js";
export { cpu_count } from "./context.js";

/** dummy.Pool(processes=None, initializer=None, initargs=()): a ThreadPool. */
export function Pool(...args: unknown[]): ThreadPool {
  return new ThreadPool(...args);
}
