// Who is acting: the (process, thread) pair that owns a Lock/RLock. Python threads are async tasks
// in one isolate, so the thread part comes from a hook that a threading module can install
// (`setTaskIdentity`); until then every caller in a process is its main thread (task id 0).
import { currentPid } from "./pids.js";
import { current_process } from "./process.js";

export interface TaskIdentity {
  /** A number distinct per live Python thread of this process (0 for the main thread). */
  readonly currentTaskId: () => number;
  /** threading.current_thread().name, for lock reprs. */
  readonly currentThreadName: () => string;
}

let identity: TaskIdentity = { currentTaskId: () => 0, currentThreadName: () => "MainThread" };

/** Installed by the threading module once Python threads exist. */
export function setTaskIdentity(hooks: TaskIdentity): void {
  identity = hooks;
}

export function currentTaskId(): number {
  return identity.currentTaskId();
}

export function currentProcessId(): number {
  return currentPid();
}

/** `process.current_process().name`, plus `|thread` outside the main thread, as lock reprs show. */
export function ownerName(): string {
  const thread = identity.currentThreadName();
  const name = current_process().name;
  return thread === "MainThread" ? name : `${name}|${thread}`;
}
