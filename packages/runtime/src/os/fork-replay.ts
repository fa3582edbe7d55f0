// The replay an os.fork() child inherits (see fork.ts), split from fork.ts so that main.ts can ask
// whether this thread replays a fork without loading os.fork and multiprocessing at start-up.
// Read once, when first imported (before the program's top level runs), and removed from the
// environment so the child's own children do not inherit it.

/** Carried to the child in its environment: the fork() results along the creating path. */
export const REPLAY_ENV = "PY2TS_FORK_REPLAY";

/**
 * One event on the path to a fork point: a fork() result, what os.wait()/os.waitpid() returned
 * (or that it raised ChildProcessError), or an os.kill() of a fork child.
 */
export type ReplayEvent = { fork: number } | { waited: [number, number] | null } | { killed: number };

const inherited: readonly ReplayEvent[] | null = readReplay();

function readReplay(): ReplayEvent[] | null {
  const text = process.env[REPLAY_ENV];
  if (text === undefined) return null;
  delete process.env[REPLAY_ENV];
  return JSON.parse(text) as ReplayEvent[];
}

/** The events this thread must replay, or null when it is not a fork child. */
export function inheritedReplay(): ReplayEvent[] | null {
  return inherited === null ? null : [...inherited];
}

/** Whether this thread started as an os.fork() child, whose program runs as `__main__`. */
export function startedAsForkReplay(): boolean {
  return inherited !== null;
}
