// os.kill, os.strerror and os.urandom. A multiprocessing child is a worker thread with a
// made-up pid, so os.kill on one goes through a hook that the multiprocessing runtime installs.
import { nodeCrypto } from "../host/node-modules.js";
import { NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { strerror as errnoText, fromNodeSystemError } from "../builtins/errno.js";
import { typeName } from "../builtins/typename.js";
import { constants } from "node:os";
import { currentPid } from "../multiprocessing/pids.js";

function intArg(v: unknown): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "bigint") return Number(v);
  const index = (v as { __index__?: unknown } | null)?.__index__;
  if (typeof index === "function") return intArg(index.call(v));
  throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** Signals a worker-thread process: returns false when `pid` is not one of ours. */
export type ChildKiller = (pid: number, signal: number) => boolean;
let childKiller: ChildKiller | undefined;

/** Installed by the multiprocessing runtime so os.kill(p.pid, sig) reaches a child Process. */
export function setChildKiller(killer: ChildKiller): void {
  childKiller = killer;
}

/** Runs a Python handler for a signal the process sends itself: false when none is installed. */
export type SelfSignaller = (signal: number) => boolean;
let selfSignaller: SelfSignaller | undefined;

/** Installed by the signal module, so os.kill(os.getpid(), sig) runs its handler at once. */
export function setSelfSignaller(signaller: SelfSignaller): void {
  selfSignaller = signaller;
}

/** True when os.kill(pid) is one a forked child replays (its parent sent it): nothing to do. */
export type ReplayedSignals = (pid: number) => boolean;
let replayedSignals: ReplayedSignals | undefined;

/** Installed by os.fork's replay. */
export function setReplayedSignals(filter: ReplayedSignals): void {
  replayedSignals = filter;
}

export function kill(pid: unknown, sig: unknown): null {
  const p = intArg(pid);
  const s = intArg(sig);
  if (replayedSignals?.(p)) return null;
  if (childKiller?.(p, s)) return null;
  if (p === currentPid() && selfSignaller?.(s)) return null;
  const target = p === currentPid() ? process.pid : p;
  if (p !== currentPid() && p > process.pid && p < process.pid + 1000) {
    // Possibly one of our made-up child pids: signalling the real process that happens to hold
    // that number would be wrong, so refuse until multiprocessing installs its hook.
    throw new NotImplementedError(`py2ts: os.kill() on pid ${p}, which may be a multiprocessing child, is not supported yet; use Process.terminate()/kill()`);
  }
  try {
    process.kill(target, s);
  } catch (e) {
    const err = fromNodeSystemError(e);
    if (!err) throw e;
    err.filename = null;
    throw err;
  }
  return null;
}

const BY_NUMBER = new Map<number, string>();
for (const [code, num] of Object.entries(constants.errno)) {
  const known = errnoText(code);
  if (known && !BY_NUMBER.has(num)) BY_NUMBER.set(num, known[1]);
}

export function strerror(code: unknown): string {
  const n = intArg(code);
  return BY_NUMBER.get(n) ?? `Unknown error ${n}`;
}

export function urandom_(size: unknown): PyBytes {
  const n = intArg(size);
  if (n < 0) throw new ValueError("negative argument not allowed");
  return new PyBytes(new Uint8Array(nodeCrypto().randomBytes(n)));
}
