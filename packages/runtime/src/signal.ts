// signal (@py2ts/runtime/signal): the Signals/Handlers IntEnums, strsignal, valid_signals, and
// Python-level handlers for the main process. A handler runs synchronously when the process
// signals itself (os.kill(os.getpid(), s), raise_signal), as CPython runs it before the next
// bytecode; a signal from outside reaches it through Node's process.on, on the event loop.
import { isMainThread } from "node:worker_threads";
import { enumMembers } from "./enum.js";
import { IntEnum } from "./signal/int-enum.js";
import { SIGNAL_MEMBERS, NSIG as SIGNAL_COUNT, describe, validNumbers } from "./signal/table.js";
import { KeyboardInterrupt, NotImplementedError, TypeError, ValueError } from "./builtins/exceptions.js";
import { OSError } from "./builtins/oserror.js";
import { markBuiltinClasses } from "./builtins/classname.js";
import { callFunction } from "./builtins/call.js";
import { PySet } from "./builtins/set.js";
import { typeName } from "./builtins/typename.js";
import { setSelfSignaller } from "./os/process.js";

export class Signals extends IntEnum {
  declare static readonly SIGHUP: Signals;
  declare static readonly SIGINT: Signals;
  declare static readonly SIGQUIT: Signals;
  declare static readonly SIGILL: Signals;
  declare static readonly SIGTRAP: Signals;
  declare static readonly SIGABRT: Signals;
  declare static readonly SIGIOT: Signals;
  declare static readonly SIGBUS: Signals;
  declare static readonly SIGFPE: Signals;
  declare static readonly SIGKILL: Signals;
  declare static readonly SIGUSR1: Signals;
  declare static readonly SIGSEGV: Signals;
  declare static readonly SIGUSR2: Signals;
  declare static readonly SIGPIPE: Signals;
  declare static readonly SIGALRM: Signals;
  declare static readonly SIGTERM: Signals;
  declare static readonly SIGSTKFLT: Signals;
  declare static readonly SIGCHLD: Signals;
  declare static readonly SIGCLD: Signals;
  declare static readonly SIGCONT: Signals;
  declare static readonly SIGSTOP: Signals;
  declare static readonly SIGTSTP: Signals;
  declare static readonly SIGTTIN: Signals;
  declare static readonly SIGTTOU: Signals;
  declare static readonly SIGURG: Signals;
  declare static readonly SIGXCPU: Signals;
  declare static readonly SIGXFSZ: Signals;
  declare static readonly SIGVTALRM: Signals;
  declare static readonly SIGPROF: Signals;
  declare static readonly SIGWINCH: Signals;
  declare static readonly SIGIO: Signals;
  declare static readonly SIGPOLL: Signals;
  declare static readonly SIGPWR: Signals;
  declare static readonly SIGSYS: Signals;
  declare static readonly SIGRTMIN: Signals;
  declare static readonly SIGRTMAX: Signals;
}
for (const [name, value] of SIGNAL_MEMBERS) (Signals as unknown as Record<string, number>)[name] = value;
enumMembers(Signals, SIGNAL_MEMBERS.map(([name]) => name));

export class Handlers extends IntEnum {
  declare static readonly SIG_DFL: Handlers;
  declare static readonly SIG_IGN: Handlers;
}
Object.assign(Handlers, { SIG_DFL: 0, SIG_IGN: 1 });
enumMembers(Handlers, ["SIG_DFL", "SIG_IGN"]);
markBuiltinClasses([Signals, Handlers], "signal");

export const {
  SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2,
  SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG,
  SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPOLL, SIGPWR, SIGSYS, SIGRTMIN, SIGRTMAX,
} = Signals;
export const { SIG_DFL, SIG_IGN } = Handlers;
export const NSIG = SIGNAL_COUNT;

/** The handler CPython installs for SIGINT: raises KeyboardInterrupt. */
export function default_int_handler(..._args: unknown[]): never {
  throw new KeyboardInterrupt();
}
Object.defineProperty(default_int_handler, "__builtin__", { value: true });

function signalNumber(signalnum: unknown): number {
  let n: unknown = signalnum;
  if (typeof n === "boolean") n = n ? 1 : 0;
  else if (n instanceof IntEnum) n = n.value;
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new TypeError(`'${typeName(signalnum)}' object cannot be interpreted as an integer`);
  }
  if (n < 1 || n >= SIGNAL_COUNT) throw new ValueError("signal number out of range");
  return n;
}

/** A member of Signals for a known number, else the plain int (as valid_signals() reports). */
function asSignal(n: number): Signals | number {
  try {
    return new Signals(n);
  } catch {
    return n;
  }
}

export function strsignal(signalnum: unknown): string | null {
  return describe(signalNumber(signalnum)) ?? null;
}

export function valid_signals(): PySet {
  return new PySet(validNumbers().map(asSignal));
}

// What getsignal() reports, per signal number; CPython starts with SIGINT raising
// KeyboardInterrupt and SIGPIPE/SIGXFSZ ignored, everything else at its default.
const handlers = new Map<number, unknown>([
  [2, default_int_handler],
  [13, SIG_IGN],
  [25, SIG_IGN],
]);
// The Node listener standing for each Python handler, so a later signal() can remove it.
const listeners = new Map<number, () => void>();

export function getsignal(signalnum: unknown): unknown {
  return handlers.get(signalNumber(signalnum)) ?? SIG_DFL;
}

export function signal(signalnum: unknown, handler: unknown): unknown {
  const n = signalNumber(signalnum);
  const isDefault = handler === SIG_DFL || handler === 0;
  const isIgnore = handler === SIG_IGN || handler === 1;
  if (!isDefault && !isIgnore && typeof handler !== "function" && typeof (handler as { __call__?: unknown } | null)?.__call__ !== "function") {
    throw new TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  if (n === 9 || n === 19 || n === 32 || n === 33) throw new OSError(22, "Invalid argument");
  if (!isMainThread) {
    // TODO(#7): a worker-thread process gets no OS signals of its own (Node delivers them to
    // the main thread only), so a handler here would never run.
    throw new NotImplementedError("py2ts: signal.signal() in a multiprocessing child process is not supported");
  }
  const previous = getsignal(n);
  handlers.set(n, isDefault ? SIG_DFL : isIgnore ? SIG_IGN : handler);
  relisten(n);
  return previous;
}

// Mirrors the Python handler onto Node's process-wide signal events: SIG_DFL leaves Node's own
// behaviour (the default action, except SIGINT's KeyboardInterrupt which CPython also installs
// by default and Node approximates by dying of SIGINT), SIG_IGN is a listener that does nothing.
function relisten(n: number): void {
  const name = new Signals(n).name;
  const old = listeners.get(n);
  if (old) process.off(name as NodeJS.Signals, old);
  listeners.delete(n);
  if (getsignal(n) === SIG_DFL) return;
  const listener = (): void => void deliver(n);
  listeners.set(n, listener);
  process.on(name as NodeJS.Signals, listener);
}

/** Runs the Python handler for `n`; false when the default action applies instead. */
function deliver(n: number): boolean {
  const handler = getsignal(n);
  if (handler === SIG_DFL) return false;
  if (handler === SIG_IGN) return true;
  // CPython passes the signal as a plain int, and the current frame (None here: no frames).
  callFunction(handler, [n, null]);
  return true;
}

export function raise_signal(signalnum: unknown): null {
  const n = signalNumber(signalnum);
  if (!deliver(n)) process.kill(process.pid, n);
  return null;
}

setSelfSignaller((n) => isMainThread && n >= 1 && n < SIGNAL_COUNT && deliver(n));
