// Python's shutil as CPython 3.11's shutil.py: copying files and trees, removing trees, moving,
// which and disk_usage. Trees are walked in os.scandir order, as CPython does.
import { closeSync, fstatSync, openSync, readSync, writeSync, constants, statfsSync } from "node:fs";
import { OSError } from "./builtins/oserror.js";
import { BaseException, TypeError } from "./builtins/exceptions.js";
import { PyBytes } from "./builtins/bytes.js";
import { PyTuple } from "./builtins/tuple.js";
import { PySet } from "./builtins/set.js";
import { repr } from "./builtins/repr.js";
import { truth } from "./builtins/truth.js";
import { typeOf } from "./builtins/types.js";
import { bindArguments, callFunction, kw } from "./builtins/call.js";
import { signatureFromText } from "./builtins/lowering.js";
import { fspath } from "./io/errors.js";
import { flushPendingWrites } from "./io/pending.js";
import { basename, dirname, exists, isdir, islink, join, abspath, samefile, normcase } from "./os/path.js";
import { chmod, lstat, makedirs, osCall, pathArg, readlink, rename, rmdir, symlink, unlink, utime, access } from "./os/files.js";
import { scandir, type DirEntry } from "./os/scandir.js";
import { stat as statPath } from "./os/posixpath/stat.js";
import { StructSeq } from "./os/structseq.js";
import { fnmatchRegex } from "./pathlib/fnmatch.js";

export class Error extends OSError {
  static readonly __module__ = "shutil";
}
export class SameFileError extends Error {}
export class SpecialFileError extends OSError {
  static readonly __module__ = "shutil";
}

const sig = signatureFromText;
const follows = (v: unknown) => v === undefined || truth(v);
const text = (p: unknown) => {
  const v = fspath(p);
  return v instanceof PyBytes ? Buffer.from(v.bytes).toString("utf8") : (v as string);
};

function sameFile(src: unknown, dst: unknown): boolean {
  try {
    return samefile(src, dst);
  } catch (e) {
    if (e instanceof OSError) return false;
    throw e;
  }
}

/** copyfile(src, dst, *, follow_symlinks=True): contents only; returns dst. */
export function copyfile(...args: unknown[]): unknown {
  const [src, dst, follow] = bindArguments(sig("copyfile(src, dst, *, follow_symlinks=)"), args);
  if (sameFile(src, dst)) throw new SameFileError(`${repr(src)} and ${repr(dst)} are the same file`);
  flushPendingWrites();
  for (const fn of [src, dst]) {
    try {
      const st = statPath(fn, { follow: true });
      if ((Number(st.st_mode) & 0o170000) === 0o010000) throw new SpecialFileError(`\`${text(fn)}\` is a named pipe`);
    } catch (e) {
      if (!(e instanceof OSError) || e instanceof SpecialFileError) throw e;
    }
  }
  if (!follows(follow) && islink(src)) {
    symlink(readlink(src), dst);
    return dst;
  }
  const s = pathArg("open", src);
  const d = pathArg("open", dst);
  const fin = osCall(() => openSync(s.fs, constants.O_RDONLY), s.shown);
  try {
    if (fstatSync(fin).isDirectory()) throw new OSError(21, "Is a directory", s.shown);
    const fout = osCall(() => openSync(d.fs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o666), d.shown);
    try {
      const buf = Buffer.alloc(1 << 16);
      for (let n = readSync(fin, buf); n > 0; n = readSync(fin, buf)) {
        let off = 0;
        while (off < n) off += writeSync(fout, buf, off, n - off);
      }
    } finally {
      closeSync(fout);
    }
  } finally {
    closeSync(fin);
  }
  return dst;
}

export function copymode(...args: unknown[]): null {
  const [src, dst, follow] = bindArguments(sig("copymode(src, dst, *, follow_symlinks=)"), args);
  if (!follows(follow) && islink(src) && islink(dst)) return null;
  const st = statPath(src, { follow: true });
  chmod(dst, Number(st.st_mode) & 0o7777);
  return null;
}

export function copystat(...args: unknown[]): null {
  const [src, dst, follow] = bindArguments(sig("copystat(src, dst, *, follow_symlinks=)"), args);
  if (!follows(follow) && islink(src) && islink(dst)) return null;
  const st = statPath(src, { follow: true });
  utime(dst, kw({ ns: PyTuple.of(st.st_atime_ns, st.st_mtime_ns) }));
  chmod(dst, Number(st.st_mode) & 0o7777);
  return null;
}

function intoDir(src: unknown, dst: unknown): unknown {
  return isdir(dst) ? join(dst, basename(src)) : dst;
}

const withFollow = (follow: unknown): unknown[] => (follow === undefined ? [] : [kw({ follow_symlinks: follow })]);

/** copy(src, dst): contents and permission bits; dst may be a directory. Returns the new path. */
export function copy(...args: unknown[]): unknown {
  const [src, dstArg, follow] = bindArguments(sig("copy(src, dst, *, follow_symlinks=)"), args);
  const dst = intoDir(src, dstArg);
  copyfile(src, dst, ...withFollow(follow));
  copymode(src, dst, ...withFollow(follow));
  return dst;
}

/** copy2(src, dst): as copy, plus times (copystat). */
export function copy2(...args: unknown[]): unknown {
  const [src, dstArg, follow] = bindArguments(sig("copy2(src, dst, *, follow_symlinks=)"), args);
  const dst = intoDir(src, dstArg);
  copyfile(src, dst, ...withFollow(follow));
  copystat(src, dst, ...withFollow(follow));
  return dst;
}

/** copyfileobj(fsrc, fdst, length=0): read and write chunks until read() returns empty. */
export function copyfileobj(fsrc: unknown, fdst: unknown, length: unknown = 0): null {
  const size = typeof length === "number" && length > 0 ? length : 64 * 1024;
  const read = (fsrc as { read(n: number): unknown }).read.bind(fsrc);
  const write = (fdst as { write(b: unknown): unknown }).write.bind(fdst);
  for (;;) {
    const chunk = read(size);
    if ((chunk instanceof PyBytes && chunk.bytes.length === 0) || chunk === "") return null;
    write(chunk);
  }
}

/** ignore_patterns(*patterns): the `ignore` callable for copytree. */
export function ignore_patterns(...patterns: unknown[]): (path: unknown, names: unknown) => PySet {
  const res = patterns.map((p) => fnmatchRegex(String(p)));
  return (_path: unknown, names: unknown) => {
    const out = new PySet();
    for (const name of names as Iterable<string>) if (res.some((re) => re.test(name))) out.add(name);
    return out;
  };
}

const COPYTREE = sig("copytree(src, dst, symlinks=, ignore=, copy_function=, ignore_dangling_symlinks=, dirs_exist_ok=)");

type TreeOptions = { symlinks: boolean; ignore: unknown; copyFunction: unknown; ignoreDangling: boolean; dirsExistOk: boolean };

/** copytree: dst is created (exist_ok only with dirs_exist_ok); every failure is collected and
 *  raised at the end as one shutil.Error listing (src, dst, reason) triples. */
export function copytree(...args: unknown[]): unknown {
  const [src, dst, symlinks, ignore, copyFunction, dangling, existOk] = bindArguments(COPYTREE, args);
  const options: TreeOptions = {
    symlinks: symlinks !== undefined && truth(symlinks),
    ignore: ignore ?? null,
    copyFunction: copyFunction ?? copy2,
    ignoreDangling: dangling !== undefined && truth(dangling),
    dirsExistOk: existOk !== undefined && truth(existOk),
  };
  return copyTreeFrom(src, dst, options);
}

function copyTreeFrom(src: unknown, dst: unknown, o: TreeOptions): unknown {
  const entries = [...scandir(src)];
  const ignored =
    o.ignore === null ? new PySet() : (callFunction(o.ignore, [fspath(src), entries.map((e) => e.name)]) as { __contains__(x: unknown): boolean });
  makedirs(dst, 0o777, o.dirsExistOk);
  const errors: unknown[] = [];
  const useEntry = o.copyFunction === copy2 || o.copyFunction === copy;
  const copyOne = (from: unknown, to: unknown) => callFunction(o.copyFunction, [from, to]);
  for (const entry of entries) {
    if (containsName(ignored, entry.name)) continue;
    const srcname = join(src, entry.name);
    const dstname = join(dst, entry.name);
    const srcobj: unknown = useEntry ? entry : srcname;
    try {
      if (entry.is_symlink()) {
        const linkto = readlink(srcname);
        if (o.symlinks) {
          symlink(linkto, dstname);
          copystat(srcobj, dstname, kw({ follow_symlinks: false }));
        } else {
          if (!exists(linkto) && o.ignoreDangling) continue;
          if (entry.is_dir()) copyTreeFrom(srcobj, dstname, o);
          else copyOne(srcobj, dstname);
        }
      } else if (entry.is_dir()) {
        copyTreeFrom(srcobj, dstname, o);
      } else {
        copyOne(srcobj, dstname);
      }
    } catch (e) {
      if (e instanceof Error) errors.push(...(e.args[0] as unknown[]));
      else if (e instanceof OSError) errors.push(PyTuple.of(srcname, dstname, e.__str__()));
      else throw e;
    }
  }
  try {
    copystat(src, dst);
  } catch (e) {
    if (!(e instanceof OSError)) throw e;
    errors.push(PyTuple.of(src, dst, e.__str__()));
  }
  if (errors.length > 0) throw new Error(errors);
  return dst;
}

function containsName(set: { __contains__?(x: unknown): boolean } | Iterable<unknown>, name: unknown): boolean {
  const c = (set as { __contains__?: (x: unknown) => boolean }).__contains__;
  if (typeof c === "function") return c.call(set, name);
  for (const x of set as Iterable<unknown>) if (x === name) return true;
  return false;
}

const RMTREE = sig("rmtree(path, ignore_errors=, onerror=, *, dir_fd=)");

type OnError = (func: unknown, path: unknown, exc: BaseException) => void;

/** rmtree(path, ignore_errors=False, onerror=None): onerror(func, path, exc_info) gets each
 *  failure; exc_info is (type, value, None) since py2ts has no traceback objects. */
export function rmtree(...args: unknown[]): null {
  const [path, ignoreErrors, onerrorArg] = bindArguments(RMTREE, args);
  let onerror: OnError;
  if (ignoreErrors !== undefined && truth(ignoreErrors)) onerror = () => undefined;
  else if (onerrorArg === undefined || onerrorArg === null) {
    onerror = (_f, _p, exc) => {
      throw exc;
    };
  } else {
    onerror = (f, p, exc) => void callFunction(onerrorArg, [f, p, PyTuple.of(typeOf(exc), exc, null)]);
  }
  let isLink = false;
  try {
    isLink = (Number(lstat(path).st_mode) & 0o170000) === 0o120000;
  } catch (e) {
    if (!(e instanceof OSError)) throw e;
    onerror(lstat, path, e);
    return null;
  }
  if (isLink) {
    onerror(islink, path, new OSError("Cannot call rmtree on a symbolic link"));
    return null;
  }
  removeTree(path, onerror);
  return null;
}

function removeTree(path: unknown, onerror: OnError): void {
  let entries: DirEntry[] = [];
  try {
    entries = [...scandir(path)];
  } catch (e) {
    if (!(e instanceof OSError)) throw e;
    onerror(scandir, path, e);
  }
  for (const entry of entries) {
    const fullname = join(path, entry.name);
    let isDir = false;
    try {
      isDir = entry.is_dir(kw({ follow_symlinks: false }));
    } catch (e) {
      if (!(e instanceof OSError)) throw e;
    }
    if (isDir) {
      removeTree(fullname, onerror);
      continue;
    }
    try {
      unlink(fullname);
    } catch (e) {
      if (!(e instanceof OSError)) throw e;
      onerror(unlink, fullname, e);
    }
  }
  try {
    rmdir(path);
  } catch (e) {
    if (!(e instanceof OSError)) throw e;
    onerror(rmdir, path, e);
  }
}

function stripSep(p: unknown): unknown {
  const v = fspath(p);
  return typeof v === "string" ? v.replace(/\/+$/, "") : v;
}

/** move(src, dst, copy_function=copy2): rename when possible, else copy then remove. */
export function move(...args: unknown[]): unknown {
  const [src, dst, copyFunctionArg] = bindArguments(sig("move(src, dst, copy_function=)"), args);
  const copyFunction = copyFunctionArg ?? copy2;
  let realDst: unknown = dst;
  if (isdir(dst)) {
    if (sameFile(src, dst)) {
      rename(src, dst);
      return null;
    }
    realDst = join(dst, basename(stripSep(src)));
    if (exists(realDst)) throw new Error(`Destination path '${text(realDst)}' already exists`);
  }
  try {
    rename(src, realDst);
  } catch (e) {
    if (!(e instanceof OSError)) throw e;
    if (islink(src)) {
      symlink(readlink(src), realDst);
      unlink(src);
    } else if (isdir(src)) {
      if (destInSrc(src, dst)) throw new Error(`Cannot move a directory '${text(src)}' into itself '${text(dst)}'.`);
      copytree(src, realDst, kw({ copy_function: copyFunction, symlinks: true }));
      rmtree(src);
    } else {
      callFunction(copyFunction, [src, realDst]);
      unlink(src);
    }
  }
  return realDst;
}

function destInSrc(src: unknown, dst: unknown): boolean {
  const s = text(abspath(src)).replace(/\/?$/, "/");
  const d = text(abspath(dst)).replace(/\/?$/, "/");
  return d.startsWith(s);
}

/** which(cmd, mode=os.F_OK | os.X_OK, path=None): the first match on PATH, or None. */
export function which(...args: unknown[]): unknown {
  const [cmd, modeArg, pathArg2] = bindArguments(sig("which(cmd, mode=, path=)"), args);
  if (typeof cmd !== "string") throw new TypeError("py2ts: shutil.which() takes a str command");
  const mode = modeArg === undefined ? 1 : modeArg;
  const check = (fn: string) => exists(fn) && access(fn, mode) && !isdir(fn);
  if (dirname(cmd)) return check(cmd) ? cmd : null;
  const path = pathArg2 === undefined || pathArg2 === null ? process.env.PATH ?? "/bin:/usr/bin" : text(pathArg2);
  if (!path) return null;
  const seen = new Set<string>();
  for (const dir of path.split(":")) {
    const norm = normcase(dir) as string;
    if (seen.has(norm)) continue;
    seen.add(norm);
    const name = join(dir, cmd) as string;
    if (check(name)) return name;
  }
  return null;
}

class DiskUsage extends StructSeq {
  static override readonly __name__ = "usage";
  static override readonly fields = ["total", "used", "free"];
  static override readonly qualifiedName = "usage";
}

export function disk_usage(path: unknown): DiskUsage {
  const p = pathArg("statvfs", path);
  const st = osCall(() => statfsSync(p.fs), p.shown);
  return DiskUsage.make([st.blocks * st.bsize, (st.blocks - st.bfree) * st.bsize, st.bavail * st.bsize]);
}
