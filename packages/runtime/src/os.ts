// Python's os module. getpid/getppid report the worker-thread "process" ids of
// multiprocessing/pids.ts; files and directories are in os/files.ts and os/scandir.ts, and
// `os.path` is os/path.ts (also importable as the module os.path).
import { cpus, EOL } from "node:os";
import { KeyError, TypeError, ValueError, NotImplementedError } from "./builtins/exceptions.js";
import { PyBytes } from "./builtins/bytes.js";
import { PyDict } from "./builtins/dict.js";
import { repr } from "./builtins/repr.js";
import { typeName } from "./builtins/typename.js";
import { currentPid, parentPid } from "./multiprocessing/pids.js";
import { fspath as ioFspath } from "./io/errors.js";
import { osCall, pathArg } from "./os/files.js";
import { open } from "./io/open.js";
import * as path from "./os/path.js";

export { path };
export {
  mkdir, makedirs, listdir, stat, lstat, remove, unlink, rmdir, removedirs, rename, replace, renames, symlink, link, readlink,
  chmod, truncate, utime, access, F_OK, R_OK, W_OK, X_OK, close, read, write,
} from "./os/files.js";
export { scandir, walk, DirEntry } from "./os/scandir.js";
export { stat_result } from "./os/posixpath/stat-result.js";
export { kill, strerror, urandom_ as urandom } from "./os/process.js";

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

export function getuid(): number {
  return process.getuid?.() ?? 0;
}
export function geteuid(): number {
  return process.geteuid?.() ?? 0;
}
export function getgid(): number {
  return process.getgid?.() ?? 0;
}
export function getegid(): number {
  return process.getegid?.() ?? 0;
}

/** os.umask(mask) → the previous mask. Node allows it on the main thread only. */
export function umask(mask: unknown): number {
  if (typeof mask !== "number" || !Number.isInteger(mask)) throw new TypeError(`'${typeName(mask)}' object cannot be interpreted as an integer`);
  if (!isMainThreadProcess()) throw new NotImplementedError("py2ts: os.umask() in a child process is not supported (worker threads share one umask)");
  return process.umask(mask);
}

export function getcwd(): string {
  return process.cwd();
}

export function getcwdb(): PyBytes {
  return PyBytes.fromLatin1(Buffer.from(process.cwd(), "utf8").toString("latin1"));
}

/** os.chdir. A worker thread shares its process's working directory and Node refuses to change
 *  it there, so a child Process cannot chdir (a forked CPython child can). */
export function chdir(target: unknown): null {
  const p = pathArg("chdir", target);
  if (typeof process.chdir !== "function" || !isMainThreadProcess()) {
    throw new NotImplementedError("py2ts: os.chdir() in a child process is not supported (worker threads share one working directory)");
  }
  osCall(() => process.chdir(typeof p.fs === "string" ? p.fs : p.fs.toString("utf8")), p.shown);
  return null;
}

function isMainThreadProcess(): boolean {
  return currentPid() === process.pid;
}

/** os.fdopen(fd, *args): open() on a descriptor. */
export function fdopen(fd: unknown, ...args: unknown[]): unknown {
  if (typeof fd !== "number" || !Number.isInteger(fd)) throw new TypeError(`'${typeName(fd)}' object cannot be interpreted as an integer`);
  return open(fd, ...args);
}

export function fspath(p: unknown): string | PyBytes {
  return ioFspath(p) as string | PyBytes;
}

export const sep = "/";
export const altsep = null;
export const extsep = ".";
export const linesep = EOL;
export const name = "posix";
export const curdir = ".";
export const pardir = "..";
export const pathsep = ":";
export const defpath = "/bin:/usr/bin";
export const devnull = "/dev/null";

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

  copy(): PyDict<string, string> {
    return new PyDict(Object.entries(process.env) as [string, string][]);
  }

  update(other: unknown): void {
    const pairs = other instanceof PyDict ? (other.items() as Iterable<[unknown, unknown]>) : Object.entries(other as object);
    for (const [k, v] of pairs) this.__setitem__(k, v);
  }

  clear(): void {
    for (const k of Object.keys(process.env)) delete process.env[k];
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

/** os.putenv changes the environment of processes started later, not os.environ. Node has one
 *  environment, so this is only exact where the program does not read the key back. */
export function putenv(key: unknown, value: unknown): null {
  const k = checkStr(key, "key");
  const v = checkStr(value, "value");
  if (k === "" || k.includes("=")) throw new ValueError("illegal environment variable name");
  void v;
  throw new NotImplementedError("py2ts: os.putenv() is not supported (use os.environ[key] = value)");
}

export function unsetenv(key: unknown): null {
  const k = checkStr(key, "key");
  if (k === "" || k.includes("=")) throw new ValueError("illegal environment variable name");
  throw new NotImplementedError("py2ts: os.unsetenv() is not supported (use del os.environ[key])");
}
export { fork, wait, waitpid, WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, _exit } from "./os/fork.js";
