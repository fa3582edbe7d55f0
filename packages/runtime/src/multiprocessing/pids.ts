// Process ids for worker-thread "processes": the main thread reports the real pid; each child
// takes the next number from one counter shared by the whole process tree, so pids are distinct
// and a child's ppid is exactly its parent's pid.

export interface PidState {
  /** Int32Array cell 0 over a SharedArrayBuffer: the next pid to hand out. */
  readonly counter: SharedArrayBuffer;
  readonly pid: number;
  readonly ppid: number;
}

let state: PidState | undefined;

function ensureState(): PidState {
  if (state === undefined) {
    const counter = new SharedArrayBuffer(4);
    new Int32Array(counter)[0] = process.pid + 1;
    state = { counter, pid: process.pid, ppid: process.ppid };
  }
  return state;
}

/** Called once by worker-entry before any user code runs. */
export function adoptPidState(inherited: PidState): void {
  state = inherited;
}

export function currentPid(): number {
  return ensureState().pid;
}

export function parentPid(): number {
  return ensureState().ppid;
}

/** The pid and inheritable state for a child about to start. */
export function allocateChildPid(): PidState {
  const { counter, pid } = ensureState();
  const childPid = Atomics.add(new Int32Array(counter), 0, 1);
  return { counter, pid: childPid, ppid: pid };
}
