// subprocess's exceptions (SubprocessError, CalledProcessError, TimeoutExpired) with CPython's
// __str__ texts, and signal names for "died with <Signals.SIGKILL: 9>.".
import { Exception } from "../builtins/exceptions.js";
import { markBuiltinClasses } from "../builtins/classname.js";
import { splitKwargs } from "../builtins/call.js";
import { str } from "../builtins/repr.js";
import { PyTuple } from "../builtins/tuple.js";
import { signature, bindCall } from "../multiprocessing/call.js";

// Linux numbering, as CPython's signal.Signals enumerates it on this platform.
const SIGNAL_NAMES: Readonly<Record<number, string>> = {
  1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS",
  8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE",
  14: "SIGALRM", 15: "SIGTERM", 16: "SIGSTKFLT", 17: "SIGCHLD", 18: "SIGCONT", 19: "SIGSTOP",
  20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU", 23: "SIGURG", 24: "SIGXCPU", 25: "SIGXFSZ",
  26: "SIGVTALRM", 27: "SIGPROF", 28: "SIGWINCH", 29: "SIGIO", 30: "SIGPWR", 31: "SIGSYS",
  34: "SIGRTMIN", 64: "SIGRTMAX",
};

export function signalName(signum: number): string | undefined {
  return SIGNAL_NAMES[signum];
}

/** Python's `%d` of an int-like value. */
function intText(value: unknown): string {
  return typeof value === "boolean" ? (value ? "1" : "0") : str(value);
}

export class SubprocessError extends Exception {}

const CPE_SIG = signature("CalledProcessError.__init__", ["self", "returncode", "cmd", "output=", "stderr="]);
const TE_SIG = signature("TimeoutExpired.__init__", ["self", "cmd", "timeout", "output=", "stderr="]);

// Both classes keep only the positional constructor arguments in `args`, as BaseException.__new__
// does; fields are `declare`d because __init__ runs inside the base constructor.
export class CalledProcessError extends SubprocessError {
  declare returncode: unknown;
  declare cmd: unknown;
  declare output: unknown;
  declare stderr: unknown;

  override __init__(...raw: unknown[]): void {
    const bound = bindCall(CPE_SIG, raw);
    this.args = PyTuple.fromIterable(splitKwargs(raw)[0]);
    this.returncode = bound.returncode;
    this.cmd = bound.cmd;
    this.output = bound.output ?? null;
    this.stderr = bound.stderr ?? null;
  }

  get stdout(): unknown {
    return this.output;
  }

  set stdout(value: unknown) {
    this.output = value;
  }

  override __str__(): string {
    const code = this.returncode;
    if (typeof code === "number" && code < 0) {
      const name = signalName(-code);
      if (name !== undefined) return `Command '${str(this.cmd)}' died with <Signals.${name}: ${-code}>.`;
      return `Command '${str(this.cmd)}' died with unknown signal ${-code}.`;
    }
    return `Command '${str(this.cmd)}' returned non-zero exit status ${intText(code)}.`;
  }
}

export class TimeoutExpired extends SubprocessError {
  declare cmd: unknown;
  declare timeout: unknown;
  declare output: unknown;
  declare stderr: unknown;

  override __init__(...raw: unknown[]): void {
    const bound = bindCall(TE_SIG, raw);
    this.args = PyTuple.fromIterable(splitKwargs(raw)[0]);
    this.cmd = bound.cmd;
    this.timeout = bound.timeout;
    this.output = bound.output ?? null;
    this.stderr = bound.stderr ?? null;
  }

  get stdout(): unknown {
    return this.output;
  }

  set stdout(value: unknown) {
    this.output = value;
  }

  override __str__(): string {
    return `Command '${str(this.cmd)}' timed out after ${str(this.timeout)} seconds`;
  }
}

markBuiltinClasses([SubprocessError, CalledProcessError, TimeoutExpired], "subprocess");
