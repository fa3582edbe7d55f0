// os.scandir (DirEntry objects, a closable iterator) and os.walk built on it, as CPython's os.py:
// entries come in the order the OS lists them, never sorted.
import { statSync, lstatSync, type Dirent } from "node:fs";
import { PyBytes } from "../builtins/bytes.js";
import { PyTuple } from "../builtins/tuple.js";
import { strRepr, bytesRepr } from "../builtins/repr.js";
import { truth } from "../builtins/truth.js";
import { bindArguments, callFunction } from "../builtins/call.js";
import { signatureFromText } from "../builtins/lowering.js";
import { OSError } from "../builtins/oserror.js";
import { StopIteration } from "../builtins/exceptions.js";
import { listDir } from "../pathlib/glob.js";
import { stat as statPath } from "./posixpath/stat.js";
import type { stat_result } from "./posixpath/stat-result.js";
import { join, islink } from "./path.js";
import { osCall, pathArg } from "./files.js";

const FOLLOW = signatureFromText("is_dir(*, follow_symlinks=)");

function followArg(name: string, args: unknown[]): boolean {
  const [follow] = bindArguments({ ...FOLLOW, name }, args);
  return follow === undefined || truth(follow);
}

export class DirEntry {
  static readonly __module__ = "posix";
  readonly name: string | PyBytes;
  readonly path: string | PyBytes;

  constructor(
    private readonly dirent: Dirent,
    dir: { fs: string; bytes: boolean },
  ) {
    const join = dir.fs === "." ? dirent.name : dir.fs.endsWith("/") ? dir.fs + dirent.name : `${dir.fs}/${dirent.name}`;
    const asOut = (s: string) => (dir.bytes ? PyBytes.fromLatin1(Buffer.from(s, "utf8").toString("latin1")) : s);
    this.name = asOut(dirent.name);
    this.path = asOut(dir.fs === "." && !dir.bytes ? `./${dirent.name}` : join);
  }

  private get fsPath(): string {
    return this.path instanceof PyBytes ? Buffer.from(this.path.bytes).toString("utf8") : this.path;
  }

  is_dir(...args: unknown[]): boolean {
    if (this.dirent.isDirectory()) return true;
    if (!this.dirent.isSymbolicLink() || !followArg("is_dir", args)) return false;
    try {
      return statSync(this.fsPath).isDirectory();
    } catch {
      return false;
    }
  }

  is_file(...args: unknown[]): boolean {
    if (this.dirent.isFile()) return true;
    if (!this.dirent.isSymbolicLink() || !followArg("is_file", args)) return false;
    try {
      return statSync(this.fsPath).isFile();
    } catch {
      return false;
    }
  }

  is_symlink(): boolean {
    return this.dirent.isSymbolicLink();
  }

  stat(...args: unknown[]): stat_result {
    return statPath(this.path, { follow: followArg("stat", args) });
  }

  inode(): number {
    return Number(lstatSync(this.fsPath, { bigint: true }).ino);
  }

  __fspath__(): string | PyBytes {
    return this.path;
  }

  __repr__(): string {
    return `<DirEntry ${this.name instanceof PyBytes ? bytesRepr(this.name.bytes) : strRepr(this.name)}>`;
  }
}

/** What os.scandir returns: an iterator that is also a context manager. */
export class ScandirIterator implements Iterator<DirEntry> {
  static readonly __module__ = "posix";
  private index = 0;
  constructor(private entries: DirEntry[]) {}

  next(): IteratorResult<DirEntry> {
    if (this.index >= this.entries.length) return { done: true, value: undefined };
    return { done: false, value: this.entries[this.index++]! };
  }
  [Symbol.iterator](): this {
    return this;
  }
  __next__(): DirEntry {
    const r = this.next();
    if (r.done) throw new StopIteration();
    return r.value;
  }
  close(): null {
    this.entries = [];
    return null;
  }
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
}

export function scandir(...args: unknown[]): ScandirIterator {
  const [path] = bindArguments(signatureFromText("scandir(path=)"), args);
  const p = path === undefined || path === null ? { fs: ".", shown: "." } : pathArg("scandir", path, { allowNone: true });
  const fs = typeof p.fs === "string" ? p.fs : p.fs.toString("utf8");
  const entries = osCall(() => listDir(fs), p.shown);
  const dir = { fs: typeof p.fs === "string" ? p.fs : p.fs.toString("utf8"), bytes: typeof p.fs !== "string" };
  return new ScandirIterator(entries.map((e) => new DirEntry(e, dir)));
}

const WALK = signatureFromText("walk(top, topdown=, onerror=, followlinks=)");

/** os.walk(top, topdown=True, onerror=None, followlinks=False): with topdown, the caller may
 *  prune `dirnames` in place before the walk descends. */
export function* walk(...args: unknown[]): Generator<PyTuple<unknown>> {
  const [top, topdownArg, onerror, followArg2] = bindArguments(WALK, args);
  const topdown = topdownArg === undefined || truth(topdownArg);
  const followlinks = followArg2 !== undefined && truth(followArg2);
  yield* walkFrom(top, { topdown, onerror: onerror ?? null, followlinks });
}

function* walkFrom(top: unknown, options: { topdown: boolean; onerror: unknown; followlinks: boolean }): Generator<PyTuple<unknown>> {
  let entries: DirEntry[];
  try {
    entries = [...scandir(top)];
  } catch (e) {
    if (e instanceof OSError) {
      if (options.onerror !== null) callFunction(options.onerror, [e]);
      return;
    }
    throw e;
  }
  const dirs: unknown[] = [];
  const files: unknown[] = [];
  const walkInto: unknown[] = [];
  for (const entry of entries) {
    const isDir = entry.is_dir();
    (isDir ? dirs : files).push(entry.name);
    if (!options.topdown && isDir && (options.followlinks || !entry.is_symlink())) walkInto.push(entry.path);
  }
  if (options.topdown) {
    yield PyTuple.of(top, dirs, files);
    for (const name of dirs) {
      const newPath = join(top, name);
      if (options.followlinks || !islink(newPath)) yield* walkFrom(newPath, options);
    }
  } else {
    for (const newPath of walkInto) yield* walkFrom(newPath, options);
    yield PyTuple.of(top, dirs, files);
  }
}
