// signal (@py2ts/runtime/signal): the Signals/Handlers IntEnums and their module-level constants,
// strsignal, valid_signals, and Python handlers in the main process. Nothing here blocks. Not
// provided: alarm, pause, setitimer, sigwait and the masks, which need a process of their own.

import type { LibraryModule, MemberInfo } from "./types.js";

const signalNames = [
  "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGIOT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1",
  "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCLD", "SIGCONT", "SIGSTOP",
  "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO",
  "SIGPOLL", "SIGPWR", "SIGSYS", "SIGRTMIN", "SIGRTMAX",
] as const;

const value: MemberInfo = { kind: "value" };
const fn: MemberInfo = { kind: "function" };

export const signalLibrary: LibraryModule = {
  python: "signal",
  runtime: "@py2ts/runtime/signal",
  members: {
    ...Object.fromEntries(signalNames.map((name) => [name, value])),
    SIG_DFL: value,
    SIG_IGN: value,
    NSIG: value,
    Signals: { kind: "class", qualname: "signal.Signals" },
    Handlers: { kind: "class", qualname: "signal.Handlers" },
    signal: fn,
    getsignal: fn,
    strsignal: fn,
    valid_signals: fn,
    raise_signal: fn,
    default_int_handler: fn,
  },
  classes: { "signal.Signals": { methods: {} }, "signal.Handlers": { methods: {} } },
};
