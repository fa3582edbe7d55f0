// Python's os module (the process-related part). getpid/getppid report the worker-thread
// "process" ids of multiprocessing/pids.ts; os.path is a separate module (not yet written).
import { cpus, EOL } from "node:os";
import { KeyError, TypeError } from "./builtins/exceptions.js";
import { repr } from "./builtins/repr.js";
import { typeName } from "./builtins/typename.js";
import { currentPid, parentPid } from "./multiprocessing/pids.js";

export function getpid(): number {
  return currentPid();
}

export function getppid(): number {
  return parentPid();
}

export function cpu_count(): number | null {
  const n = cpus().length;
  return n > 0 ? n : null;
}

export function getcwd(): string {
  return process.cwd();
}

export const sep = "/";
export const linesep = EOL;
export const name = "posix";
export const curdir = ".";
export const pardir = "..";
export const pathsep = ":";

function checkStr(value: unknown, what: string): string {
  if (typeof value !== "string") throw new TypeError(`str expected, not ${typeName(value)}`);
  void what;
  return value;
}

/** os.environ: a str→str mapping over process.env (each worker thread has its own copy, as
 *  each forked process has). */
export class Environ {
  static readonly __name__ = "_Environ";

  __getitem__(key: unknown): string {
    const value = process.env[checkStr(key, "key")];
    if (value === undefined) throw new KeyError(key);
    return value;
  }

  __setitem__(key: unknown, value: unknown): void {
    process.env[checkStr(key, "key")] = checkStr(value, "value");
  }

  __delitem__(key: unknown): void {
    const k = checkStr(key, "key");
    if (!(k in process.env)) throw new KeyError(key);
    delete process.env[k];
  }

  __contains__(key: unknown): boolean {
    return typeof key === "string" && process.env[key] !== undefined;
  }

  __len__(): number {
    return Object.keys(process.env).length;
  }

  get(key: unknown, dflt: unknown = null): unknown {
    return typeof key === "string" && process.env[key] !== undefined ? process.env[key] : dflt;
  }

  setdefault(key: unknown, dflt: unknown): unknown {
    if (!this.__contains__(key)) this.__setitem__(key, dflt);
    return this.__getitem__(key);
  }

  pop(key: unknown, ...dflt: unknown[]): unknown {
    if (!this.__contains__(key)) {
      if (dflt.length > 0) return dflt[0];
      throw new KeyError(key);
    }
    const value = this.__getitem__(key);
    this.__delitem__(key);
    return value;
  }

  keys(): string[] {
    return Object.keys(process.env);
  }

  values(): string[] {
    return Object.values(process.env) as string[];
  }

  items(): [string, string][] {
    return Object.entries(process.env) as [string, string][];
  }

  [Symbol.iterator](): Iterator<string> {
    return Object.keys(process.env)[Symbol.iterator]();
  }

  __repr__(): string {
    const body = Object.entries(process.env)
      .map(([k, v]) => `${repr(k)}: ${repr(v)}`)
      .join(", ");
    return `environ({${body}})`;
  }
}

export const environ = new Environ();

export function getenv(key: unknown, dflt: unknown = null): unknown {
  return environ.get(checkStr(key, "key"), dflt);
}
export { fork, wait, waitpid, WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, _exit } from "./os/fork.js";
