// Turns Popen's arguments into child_process.spawn options, with the checks CPython's
// _execute_child makes before exec (missing program or cwd → FileNotFoundError, …) done
// synchronously here, since Node reports spawn failures only on a later tick.
import { accessSync, constants as fsConstants, statSync } from "node:fs";
import type { StdioOptions } from "node:child_process";
import { isAbsolute, resolve } from "node:path";
import { AttributeError, IndexError, OSError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { typeName } from "../builtins/typename.js";
import { strerror } from "../builtins/errno.js";
import { iter } from "../builtins/iteration.js";

export const PIPE = -1;
export const STDOUT = -2;
export const DEVNULL = -3;

/** CPython's OSError for a failed exec or chdir: `[Errno 2] No such file or directory: 'x'`. */
export function osError(code: string, filename: string): OSError {
  const [errno, message] = strerror(code) ?? [0, code];
  return new OSError(errno, message, filename);
}

/** os.fsencode's view of one argument: str, or bytes decoded as UTF-8. */
export function fsArg(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof PyBytes) return Buffer.from(value.bytes).toString("utf8");
  throw new TypeError(`expected str, bytes or os.PathLike object, not ${typeName(value)}`);
}

/** Popen's `args` (a str, or an iterable of them) as an argv, `/bin/sh -c` in front with shell. */
export function buildArgv(args: unknown, options: { shell: boolean; executable: unknown }): { argv: string[]; executable: string } {
  const list = typeof args === "string" || args instanceof PyBytes ? [args] : [...iter(args)];
  const argv = list.map(fsArg);
  if (options.shell) {
    argv.unshift("/bin/sh", "-c");
    if (options.executable !== null && options.executable !== undefined) argv[0] = fsArg(options.executable);
  }
  if (argv.length === 0) throw new IndexError("list index out of range");
  const executable = options.executable !== null && options.executable !== undefined ? fsArg(options.executable) : argv[0]!;
  return { argv, executable };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// null if exec would succeed, else the errno code execve would give.
function execError(path: string): string | null {
  try {
    accessSync(path, fsConstants.X_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? code : "EACCES";
  }
  return isDirectory(path) ? "EACCES" : null;
}

/** The path exec would run, searching PATH as execvpe does; throws CPython's OSError. */
export function resolveProgram(executable: string, env: Record<string, string>, cwd: string): string {
  if (executable.includes("/")) {
    const path = isAbsolute(executable) ? executable : resolve(cwd, executable);
    const code = execError(path);
    if (code !== null) throw osError(code, executable);
    return path;
  }
  let sawEacces = false;
  for (const dir of (env.PATH ?? "/bin:/usr/bin").split(":")) {
    const path = resolve(cwd, dir === "" ? "." : dir, executable);
    const code = execError(path);
    if (code === null) return path;
    if (code === "EACCES") sawEacces = true;
  }
  throw osError(sawEacces ? "EACCES" : "ENOENT", executable);
}

export function checkCwd(cwd: unknown): string {
  if (cwd === null || cwd === undefined) return process.cwd();
  const dir = fsArg(cwd);
  try {
    if (!statSync(dir).isDirectory()) throw osError("ENOTDIR", dir);
  } catch (e) {
    if (e instanceof OSError) throw e;
    throw osError((e as NodeJS.ErrnoException).code ?? "ENOENT", dir);
  }
  return resolve(dir);
}

/** Popen's env mapping (a dict, os.environ, or None for ours) as a plain record. */
export function buildEnv(env: unknown): Record<string, string> {
  if (env === null || env === undefined) return { ...process.env } as Record<string, string>;
  const items = (env as { items?: () => Iterable<unknown> }).items;
  if (typeof items !== "function") throw new AttributeError(`'${typeName(env)}' object has no attribute 'items'`);
  const out: Record<string, string> = {};
  for (const pair of iter(items.call(env)) as Iterable<[unknown, unknown]>) {
    const [key, value] = pair;
    const k = fsArg(key);
    const v = fsArg(value);
    if (k.includes("=")) throw new ValueError("illegal environment variable name");
    out[k] = v;
  }
  return out;
}

export type StdioSlot = "pipe" | "inherit" | "ignore" | number;

/** One of stdin/stdout/stderr: None, PIPE, DEVNULL, an fd, or an object with fileno(). */
export function stdioSlot(value: unknown): StdioSlot | "stdout" {
  if (value === null || value === undefined) return "inherit";
  if (value === PIPE) return "pipe";
  if (value === DEVNULL) return "ignore";
  if (value === STDOUT) return "stdout";
  if (typeof value === "number" && value >= 0) return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const fileno = (value as { fileno?: unknown } | null)?.fileno;
  if (typeof fileno !== "function") throw new AttributeError(`'${typeName(value)}' object has no attribute 'fileno'`);
  const flush = (value as { flush?: unknown }).flush;
  if (typeof flush === "function") flush.call(value);
  return fileno.call(value) as number;
}

/** The spawn stdio triple; `mergeViaShell` when stderr=STDOUT must share stdout's pipe, which
 *  Node cannot express, so the child is started through `sh -c 'exec "$0" "$@" 2>&1'`. */
export function buildStdio(stdin: unknown, stdout: unknown, stderr: unknown): { stdio: StdioOptions; mergeViaShell: boolean } {
  const inSlot = stdioSlot(stdin);
  const outSlot = stdioSlot(stdout);
  let errSlot = stdioSlot(stderr);
  let mergeViaShell = false;
  // CPython passes STDOUT (-2) on as an fd number for stdin/stdout, and exec setup fails.
  if (inSlot === "stdout" || outSlot === "stdout") throw new OSError(9, "Bad file descriptor");
  if (errSlot === "stdout") {
    if (outSlot === "pipe") {
      mergeViaShell = true;
      errSlot = "inherit";
    } else {
      errSlot = outSlot === "inherit" ? 1 : outSlot;
    }
  }
  return { stdio: [inSlot, outSlot, errSlot], mergeViaShell };
}
