// The file-system half of Python's os module: directories, removal, renaming, stat, symlinks.
// Every call writes our own files' pending data out first (io/pending.ts), so what Python code
// sees on disk matches CPython, whose files flush when their last reference goes.
import {
  chmodSync, closeSync, readSync, writeSync, linkSync, mkdirSync, readlinkSync, renameSync, rmdirSync, symlinkSync, truncateSync, unlinkSync, utimesSync, accessSync,
} from "node:fs";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { FileExistsError, OSError } from "../builtins/oserror.js";
import { fromNodeSystemError } from "../builtins/errno.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyFloat } from "../builtins/float.js";
import { typeName } from "../builtins/typename.js";
import { truth } from "../builtins/truth.js";
import { bindArguments } from "../builtins/call.js";
import { signatureFromText } from "../builtins/lowering.js";
import { fspath } from "../io/errors.js";
import { flushPendingWrites } from "../io/pending.js";
import { split, exists as pathExists, isdir } from "./path.js";
import { stat as statPath } from "./posixpath/stat.js";
import type { stat_result } from "./posixpath/stat-result.js";
import { listDir } from "../pathlib/glob.js";

const sig = (text: string) => signatureFromText(text);
const SIG = {
  mkdir: sig("mkdir(path, mode=, *, dir_fd=)"),
  makedirs: sig("makedirs(name, mode=, exist_ok=)"),
  listdir: sig("listdir(path=)"),
  stat: sig("stat(path, *, dir_fd=, follow_symlinks=)"),
  remove: sig("remove(path, *, dir_fd=)"),
  rmdir: sig("rmdir(path, *, dir_fd=)"),
  rename: sig("rename(src, dst, *, src_dir_fd=, dst_dir_fd=)"),
  symlink: sig("symlink(src, dst, target_is_directory=, *, dir_fd=)"),
  utime: sig("utime(path, times=, *, ns=, dir_fd=, follow_symlinks=)"),
  access: sig("access(path, mode, *, dir_fd=, effective_ids=, follow_symlinks=)"),
};

/** A path argument as posixmodule's path_converter takes it: str/bytes/PathLike, a str with no
 *  NUL. Returns the node:fs form and the value CPython shows as the error's filename. */
export function pathArg(fn: string, value: unknown, options: { allowNone?: boolean } = {}): { fs: string | Buffer; shown: unknown } {
  let v: unknown;
  try {
    v = fspath(value);
  } catch {
    const kinds = options.allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes or os.PathLike";
    throw new TypeError(`${fn}: path should be ${kinds}, not ${typeName(value)}`);
  }
  if (v instanceof PyBytes) return { fs: Buffer.from(v.bytes), shown: value instanceof PyBytes ? value : v };
  const s = v as string;
  if (s.includes("\0")) throw new ValueError("embedded null byte");
  return { fs: s, shown: typeof value === "string" ? value : s };
}

function noDirFd(fn: string, dirFd: unknown): void {
  if (dirFd !== undefined && dirFd !== null) throw new ValueError(`py2ts: ${fn}(dir_fd=...) is not supported yet`);
}

/** Runs a node:fs call; a system error becomes CPython's OSError naming `filename` (and
 *  `filename2`, shown as `'a' -> 'b'`). */
export function osCall<T>(fn: () => T, filename: unknown, filename2?: unknown): T {
  flushPendingWrites();
  try {
    return fn();
  } catch (e) {
    const err = fromNodeSystemError(e);
    if (!err) throw e;
    err.filename = filename;
    err.filename2 = filename2 ?? null;
    throw err;
  }
}

export function mkdir(...args: unknown[]): null {
  const [path, mode, dirFd] = bindArguments(SIG.mkdir, args);
  noDirFd("mkdir", dirFd);
  const p = pathArg("mkdir", path);
  osCall(() => mkdirSync(p.fs, { mode: mode === undefined ? 0o777 : Number(mode) }), p.shown);
  return null;
}

/** os.makedirs as CPython writes it: parents first (ignoring a parent that appeared meanwhile),
 *  then the leaf, whose FileExistsError only exist_ok=True excuses, and only for a directory. */
export function makedirs(...args: unknown[]): null {
  const [name, modeArg, existOkArg] = bindArguments(SIG.makedirs, args);
  const mode = modeArg === undefined ? 0o777 : modeArg;
  const existOk = existOkArg !== undefined && truth(existOkArg);
  const empty = (s: string | PyBytes) => (s instanceof PyBytes ? s.bytes.length === 0 : s === "");
  let [head, tail] = split(name) as unknown as [string | PyBytes, string | PyBytes];
  if (empty(tail)) [head, tail] = split(head) as unknown as [string | PyBytes, string | PyBytes];
  const dot = (s: string | PyBytes) => (s instanceof PyBytes ? Buffer.from(s.bytes).toString("latin1") : s) === ".";
  if (!empty(head) && !empty(tail) && !pathExists(head)) {
    try {
      makedirs(head, mode, true);
    } catch (e) {
      if (!(e instanceof FileExistsError)) throw e;
    }
    if (dot(tail)) return null;
  }
  try {
    mkdir(name, mode);
  } catch (e) {
    if (!existOk || !(e instanceof OSError) || !isdir(name)) throw e;
  }
  return null;
}

/** Names in a directory, in the order the OS lists them (CPython does not sort). */
export function listdir(...args: unknown[]): (string | PyBytes)[] {
  const [path] = bindArguments(SIG.listdir, args);
  const p = path === undefined || path === null ? { fs: ".", shown: "." } : pathArg("listdir", path, { allowNone: true });
  const entries = osCall(() => listDir(typeof p.fs === "string" ? p.fs : p.fs.toString("utf8")), p.shown);
  return entries.map((e) => (typeof p.fs === "string" ? e.name : PyBytes.fromLatin1(Buffer.from(e.name, "utf8").toString("latin1"))));
}

export function stat(...args: unknown[]): stat_result {
  const [path, dirFd, follow] = bindArguments(SIG.stat, args);
  noDirFd("stat", dirFd);
  return statPath(path, { follow: follow === undefined || truth(follow) });
}

export function lstat(...args: unknown[]): stat_result {
  const [path, dirFd] = bindArguments(sig("lstat(path, *, dir_fd=)"), args);
  noDirFd("lstat", dirFd);
  return statPath(path, { follow: false });
}

export function remove(...args: unknown[]): null {
  const [path, dirFd] = bindArguments(SIG.remove, args);
  noDirFd("remove", dirFd);
  const p = pathArg("remove", path);
  osCall(() => unlinkSync(p.fs), p.shown);
  return null;
}

export function unlink(...args: unknown[]): null {
  const [path, dirFd] = bindArguments({ ...SIG.remove, name: "unlink" }, args);
  noDirFd("unlink", dirFd);
  const p = pathArg("unlink", path);
  osCall(() => unlinkSync(p.fs), p.shown);
  return null;
}

export function rmdir(...args: unknown[]): null {
  const [path, dirFd] = bindArguments(SIG.rmdir, args);
  noDirFd("rmdir", dirFd);
  const p = pathArg("rmdir", path);
  osCall(() => rmdirSync(p.fs), p.shown);
  return null;
}

/** os.removedirs: the leaf, then each parent until one cannot be removed. */
export function removedirs(name: unknown): null {
  rmdir(name);
  let [head, tail] = split(name) as unknown as [string, string];
  if (!tail) [head, tail] = split(head) as unknown as [string, string];
  while (head && tail) {
    try {
      rmdir(head);
    } catch (e) {
      if (e instanceof OSError) break;
      throw e;
    }
    [head, tail] = split(head) as unknown as [string, string];
  }
  return null;
}

function renameAs(fn: string, args: unknown[]): null {
  const [src, dst, srcFd, dstFd] = bindArguments({ ...SIG.rename, name: fn }, args);
  noDirFd(fn, srcFd);
  noDirFd(fn, dstFd);
  const s = pathArg(fn, src);
  const d = pathArg(fn, dst);
  osCall(() => renameSync(s.fs, d.fs), s.shown, d.shown);
  return null;
}

export function rename(...args: unknown[]): null {
  return renameAs("rename", args);
}

export function replace(...args: unknown[]): null {
  return renameAs("replace", args);
}

/** os.renames: makes the target's parents, renames, then prunes the emptied source parents. */
export function renames(old: unknown, newName: unknown): null {
  const [head, tail] = split(newName) as unknown as [string, string];
  if (head && tail && !pathExists(head)) makedirs(head);
  rename(old, newName);
  const [oldHead, oldTail] = split(old) as unknown as [string, string];
  if (oldHead && oldTail) {
    try {
      removedirs(oldHead);
    } catch (e) {
      if (!(e instanceof OSError)) throw e;
    }
  }
  return null;
}

export function symlink(...args: unknown[]): null {
  const [src, dst, , dirFd] = bindArguments(SIG.symlink, args);
  noDirFd("symlink", dirFd);
  const s = pathArg("symlink", src);
  const d = pathArg("symlink", dst);
  osCall(() => symlinkSync(s.fs, d.fs), s.shown, d.shown);
  return null;
}

export function link(src: unknown, dst: unknown): null {
  const s = pathArg("link", src);
  const d = pathArg("link", dst);
  osCall(() => linkSync(s.fs, d.fs), s.shown, d.shown);
  return null;
}

export function readlink(path: unknown): string | PyBytes {
  const p = pathArg("readlink", path);
  const target = osCall(() => readlinkSync(p.fs, { encoding: "buffer" }), p.shown);
  return typeof p.fs === "string" ? target.toString("utf8") : PyBytes.fromLatin1(target.toString("latin1"));
}

export function chmod(path: unknown, mode: unknown): null {
  const p = pathArg("chmod", path);
  osCall(() => chmodSync(p.fs, Number(mode)), p.shown);
  return null;
}

export function truncate(path: unknown, length: unknown): null {
  const p = pathArg("truncate", path);
  osCall(() => truncateSync(p.fs, Number(length)), p.shown);
  return null;
}

function seconds(v: unknown): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  throw new TypeError(`an integer is required (got type ${typeName(v)})`);
}

/** os.utime(path, times=None, *, ns=None): times are (atime, mtime) in seconds. */
export function utime(...args: unknown[]): null {
  const [path, times, ns, dirFd] = bindArguments(SIG.utime, args);
  noDirFd("utime", dirFd);
  const p = pathArg("utime", path);
  let at: number;
  let mt: number;
  if (times !== undefined && times !== null && ns !== undefined && ns !== null) {
    throw new ValueError("utime: you may specify either 'times' or 'ns' but not both");
  }
  if (times !== undefined && times !== null) {
    if (!Array.isArray(times) || times.length !== 2) throw new TypeError("utime: 'times' must be either a tuple of two ints or None");
    at = seconds(times[0]);
    mt = seconds(times[1]);
  } else if (ns !== undefined && ns !== null) {
    if (!Array.isArray(ns) || ns.length !== 2) throw new TypeError("utime: 'ns' must be a tuple of two ints");
    at = Number(ns[0]) / 1e9;
    mt = Number(ns[1]) / 1e9;
  } else {
    at = mt = Date.now() / 1000;
  }
  osCall(() => utimesSync(p.fs, at, mt), p.shown);
  return null;
}

export const F_OK = 0;
export const R_OK = 4;
export const W_OK = 2;
export const X_OK = 1;

export function access(...args: unknown[]): boolean {
  const [path, mode] = bindArguments(SIG.access, args);
  const p = pathArg("access", path);
  flushPendingWrites();
  try {
    accessSync(p.fs, Number(mode));
    return true;
  } catch {
    return false;
  }
}

function fdArg(fd: unknown): number {
  if (typeof fd === "boolean") return Number(fd);
  if (typeof fd === "number" && Number.isInteger(fd)) return fd;
  throw new TypeError(`'${typeName(fd)}' object cannot be interpreted as an integer`);
}

/** os.close(fd): a bad descriptor raises OSError [Errno 9] with no filename. */
export function close(fd: unknown): null {
  const n = fdArg(fd);
  osCall(() => closeSync(n), null);
  return null;
}

export function write(fd: unknown, data: unknown): number {
  const n = fdArg(fd);
  if (!(data instanceof PyBytes)) throw new TypeError(`a bytes-like object is required, not '${typeName(data)}'`);
  return osCall(() => writeSync(n, data.bytes), null);
}

export function read(fd: unknown, length: unknown): PyBytes {
  const n = fdArg(fd);
  const size = fdArg(length);
  if (size < 0) throw new ValueError("negative length");
  const buf = Buffer.alloc(size);
  const got = osCall(() => readSync(n, buf, 0, size, null), null);
  return new PyBytes(new Uint8Array(buf.subarray(0, got)));
}
