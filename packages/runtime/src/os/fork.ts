// os.fork() on worker_threads, by replay. A worker cannot copy a running thread, so the child
// re-runs the program from the top with its output suppressed, and every os.fork() it meets
// returns what that fork returned on the path that created it (the parent's earlier fork()s
// gave child pids); the last one returns 0, output resumes, and from there the child runs as
// the child. The parent's dealings with its earlier fork children on that path (os.wait,
// os.waitpid, os.kill) are replayed too: the child gets the results the parent got, since those
// children are not its own. Exact when the program is deterministic up to the fork (documented in
// docs/SUPPORTED.md): side effects before the fork (files written, time, unseeded random)
// happen again in the child. The parent waits for its fork children before it exits, since
// ending the Node process would end them.

import { kw, PyTuple } from "../builtins/index.js";
import { RuntimeError, SystemExit } from "../builtins/exceptions.js";
import { muteStdio } from "../builtins/stdio.js";
import { Process } from "../multiprocessing/process.js";
import { registerRuntimeGlobal } from "../multiprocessing/reduction.js";
import { setReplayedSignals } from "./process.js";
import { inheritedReplay, REPLAY_ENV as REPLAY, type ReplayEvent } from "./fork-replay.js";

interface ForkChild {
  readonly pid: number;
  readonly process: Process;
  reaped: boolean;
}

const children: ForkChild[] = [];
/** The events seen in this process, in order: what a child created now must replay. */
const history: ReplayEvent[] = [];
let replay: ReplayEvent[] | null = inheritedReplay();
/** The pids this process's earlier fork()s returned (its children, or its parent's, in replay). */
const forkPids = new Set<number>();

/** The next recorded event, which must be of the kind the program meets now. */
function replayed<K extends "fork" | "waited" | "killed">(kind: K): Extract<ReplayEvent, Record<K, unknown>> {
  const event = replay!.shift();
  if (event === undefined || !(kind in event)) {
    throw new RuntimeError(`py2ts: os.fork() child replay diverged: the program met ${kind === "fork" ? "os.fork()" : kind === "waited" ? "os.wait()/os.waitpid()" : "os.kill()"} where its parent met ${event === undefined ? "nothing" : Object.keys(event)[0]} (a fork child re-runs the program, which must be deterministic up to the fork)`);
  }
  history.push(event);
  return event as Extract<ReplayEvent, Record<K, unknown>>;
}

// os.kill() of a fork child is recorded; in replay it was the parent's doing, already done.
setReplayedSignals((pid) => {
  if (!forkPids.has(pid)) return false;
  if (replay !== null) {
    replayed("killed");
    return true;
  }
  history.push({ killed: pid });
  return false;
});

/** In a replaying child the program runs as `__main__`, as a forked CPython child does. */
export function isForkReplay(): boolean {
  return replay !== null;
}

/** The child's work was done by re-running the module; its Process target has nothing left. */
function forkedChildBody(): void {}
registerRuntimeGlobal("os._forkedChildBody", forkedChildBody);

export function fork(): number {
  if (replay !== null) {
    const result = replayed("fork").fork;
    if (result !== 0) forkPids.add(result);
    if (replay.length === 0) {
      replay = null;
      // The fork point of this child: from here on it prints (worker-entry muted the re-run).
      muteStdio(false);
    }
    return result;
  }
  process.env[REPLAY] = JSON.stringify([...history, { fork: 0 }]);
  const child = new Process(kw({ target: forkedChildBody }));
  try {
    child.start();
  } finally {
    delete process.env[REPLAY];
  }
  const pid = child.pid as number;
  children.push({ pid, process: child, reaped: false });
  history.push({ fork: pid });
  forkPids.add(pid);
  return pid;
}

function status(child: ForkChild): number {
  const code = child.process.exitcode as number;
  return code < 0 ? -code : (code & 0xff) << 8;
}

/** What a replaying child's wait()/waitpid() returns: the parent's result at this point. */
async function replayedWait(): Promise<PyTuple> {
  const { waited } = replayed("waited");
  if (waited === null) throw await noChildren();
  return PyTuple.of(...waited);
}

async function noChildren(): Promise<Error> {
  const { ChildProcessError } = await import("../builtins/exceptions.js");
  return new ChildProcessError(10, "No child processes");
}

/** Runs a wait and records its outcome for children forked later. */
async function recorded(waiting: () => Promise<PyTuple>): Promise<PyTuple> {
  try {
    const result = await waiting();
    history.push({ waited: [result[0] as number, result[1] as number] });
    return result;
  } catch (error) {
    history.push({ waited: null });
    throw error;
  }
}

/** os.wait(): the first fork child to finish, as (pid, status). */
export function wait(): Promise<PyTuple> {
  return replay !== null ? replayedWait() : recorded(waitAny);
}

async function waitAny(): Promise<PyTuple> {
  const waiting = children.filter((child) => !child.reaped);
  if (waiting.length === 0) throw await noChildren();
  const done = await Promise.race(waiting.map(async (child) => (await child.process.join(), child)));
  done.reaped = true;
  return PyTuple.of(done.pid, status(done));
}

/** os.waitpid(pid, options): that child (-1: any), as (pid, status). */
export function waitpid(pid: number, options: number): Promise<PyTuple> {
  if (pid === -1) return wait();
  return replay !== null ? replayedWait() : recorded(() => waitFor(pid, options));
}

async function waitFor(pid: number, _options: number): Promise<PyTuple> {
  const child = children.find((candidate) => candidate.pid === pid && !candidate.reaped);
  if (!child) throw await noChildren();
  await child.process.join();
  child.reaped = true;
  return PyTuple.of(pid, status(child));
}

export function WIFEXITED(status: number): boolean {
  return (status & 0x7f) === 0;
}
export function WEXITSTATUS(status: number): number {
  return (status >> 8) & 0xff;
}
export function WIFSIGNALED(status: number): boolean {
  return (status & 0x7f) !== 0 && (status & 0x7f) !== 0x7f;
}
export function WTERMSIG(status: number): number {
  return status & 0x7f;
}

/** os._exit(n): leave at once with status n (no cleanup handlers in CPython either). */
export function _exit(code: number): never {
  throw new SystemExit(code);
}
