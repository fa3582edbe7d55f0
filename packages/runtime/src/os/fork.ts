// os.fork() on worker_threads, by replay. A worker cannot copy a running thread, so the child
// re-runs the program from the top with its output suppressed, and every os.fork() it meets
// returns what that fork returned on the path that created it (the parent's earlier fork()s
// gave child pids); the last one returns 0, output resumes, and from there the child runs as
// the child. Exact when the program is deterministic up to the fork (documented in
// docs/SUPPORTED.md): side effects before the fork (files written, time, unseeded random)
// happen again in the child. The parent waits for its fork children before it exits, since
// ending the Node process would end them.

import { kw, PyTuple } from "../builtins/index.js";
import { SystemExit } from "../builtins/exceptions.js";
import { stderr, stdout, sysStreams } from "../builtins/stdio.js";
import { Process } from "../multiprocessing/process.js";
import { registerRuntimeGlobal } from "../multiprocessing/reduction.js";

/** Carried to the child in its environment: the fork() results along the creating path. */
const REPLAY = "PY2TS_FORK_REPLAY";

interface ForkChild {
  readonly pid: number;
  readonly process: Process;
  reaped: boolean;
}

const children: ForkChild[] = [];
/** The fork() results seen in this process, in order: what a child created now must replay. */
const history: number[] = [];
let replay: number[] | null = readReplay();

function readReplay(): number[] | null {
  const text = process.env[REPLAY];
  if (text === undefined) return null;
  delete process.env[REPLAY];
  return text === "" ? [] : text.split(",").map(Number);
}

/** In a replaying child the program runs as `__main__`, as a forked CPython child does. */
export function isForkReplay(): boolean {
  return replay !== null;
}

/** The child's work was done by re-running the module; its Process target has nothing left. */
function forkedChildBody(): void {}
registerRuntimeGlobal("os._forkedChildBody", forkedChildBody);

export function fork(): number {
  if (replay !== null) {
    const result = replay.shift()!;
    history.push(result);
    if (replay.length === 0) {
      replay = null;
      // The fork point of this child: from here on it prints.
      sysStreams.stdout = stdout;
      sysStreams.stderr = stderr;
    }
    return result;
  }
  process.env[REPLAY] = [...history, 0].join(",");
  const child = new Process(kw({ target: forkedChildBody }));
  try {
    child.start();
  } finally {
    delete process.env[REPLAY];
  }
  const pid = child.pid as number;
  children.push({ pid, process: child, reaped: false });
  history.push(pid);
  return pid;
}

function status(child: ForkChild): number {
  const code = child.process.exitcode as number;
  return code < 0 ? -code : (code & 0xff) << 8;
}

/** os.wait(): the first fork child to finish, as (pid, status). */
export async function wait(): Promise<PyTuple> {
  const waiting = children.filter((child) => !child.reaped);
  if (waiting.length === 0) {
    const { ChildProcessError } = await import("../builtins/exceptions.js");
    throw new ChildProcessError(10, "No child processes");
  }
  const done = await Promise.race(waiting.map(async (child) => (await child.process.join(), child)));
  done.reaped = true;
  return PyTuple.of(done.pid, status(done));
}

/** os.waitpid(pid, options): that child (-1: any), as (pid, status). */
export async function waitpid(pid: number, _options: number): Promise<PyTuple> {
  if (pid === -1) return wait();
  const child = children.find((candidate) => candidate.pid === pid && !candidate.reaped);
  if (!child) {
    const { ChildProcessError } = await import("../builtins/exceptions.js");
    throw new ChildProcessError(10, "No child processes");
  }
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
