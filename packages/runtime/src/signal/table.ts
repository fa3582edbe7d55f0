// Linux signal numbers and strsignal() texts, as CPython's signal module reports them on this
// platform (glibc's descriptions; 32 and 33 are reserved by glibc and absent from valid_signals).

/** Signals' members in CPython's definition order; a repeated number is an alias. */
export const SIGNAL_MEMBERS: readonly (readonly [string, number])[] = [
  ["SIGHUP", 1], ["SIGINT", 2], ["SIGQUIT", 3], ["SIGILL", 4], ["SIGTRAP", 5], ["SIGABRT", 6], ["SIGIOT", 6],
  ["SIGBUS", 7], ["SIGFPE", 8], ["SIGKILL", 9], ["SIGUSR1", 10], ["SIGSEGV", 11], ["SIGUSR2", 12], ["SIGPIPE", 13],
  ["SIGALRM", 14], ["SIGTERM", 15], ["SIGSTKFLT", 16], ["SIGCHLD", 17], ["SIGCLD", 17], ["SIGCONT", 18],
  ["SIGSTOP", 19], ["SIGTSTP", 20], ["SIGTTIN", 21], ["SIGTTOU", 22], ["SIGURG", 23], ["SIGXCPU", 24],
  ["SIGXFSZ", 25], ["SIGVTALRM", 26], ["SIGPROF", 27], ["SIGWINCH", 28], ["SIGIO", 29], ["SIGPOLL", 29],
  ["SIGPWR", 30], ["SIGSYS", 31], ["SIGRTMIN", 34], ["SIGRTMAX", 64],
];

export const NSIG = 65;
export const SIGRTMIN = 34;

const DESCRIPTIONS: readonly string[] = [
  "", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
  "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
  "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
  "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
  "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
  "I/O possible", "Power failure", "Bad system call",
];

/** strsignal(signum) for 1 <= signum < NSIG: glibc's text, or undefined (None) for 32 and 33. */
export function describe(signum: number): string | undefined {
  if (signum < DESCRIPTIONS.length) return DESCRIPTIONS[signum];
  return signum >= SIGRTMIN ? `Real-time signal ${signum - SIGRTMIN}` : undefined;
}

/** The numbers valid_signals() reports: 1–31 and the real-time range. */
export function validNumbers(): number[] {
  const out: number[] = [];
  for (let n = 1; n < NSIG; n++) if (n < 32 || n >= SIGRTMIN) out.push(n);
  return out;
}
