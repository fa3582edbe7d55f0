// Which Python thread is running: each thread's async task carries its Thread object in an
// AsyncLocalStorage, so every continuation of the task (after any await) still knows it.
import { AsyncLocalStorage } from "node:async_hooks";

export interface ThreadLike {
  readonly name: string;
  readonly _taskId: number;
}

const storage = new AsyncLocalStorage<ThreadLike>();

export function runAsThread<T>(thread: ThreadLike, body: () => T): T {
  return storage.run(thread, body);
}

/** The running thread, or undefined in the main thread's own code. */
export function currentThreadRecord(): ThreadLike | undefined {
  return storage.getStore();
}
