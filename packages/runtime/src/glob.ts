// Python's glob module as CPython 3.11's glob.py: directories are listed in os.scandir order
// (NOT sorted), names starting with '.' match only a pattern that starts with '.', and '**'
// with recursive=True matches any files and zero or more directories.
import { lstatSync, statSync } from "node:fs";
import { NotImplementedError, TypeError } from "./builtins/exceptions.js";
import { PyBytes } from "./builtins/bytes.js";
import { truth } from "./builtins/truth.js";
import { bindArguments } from "./builtins/call.js";
import { signatureFromText } from "./builtins/lowering.js";
import { typeName } from "./builtins/typename.js";
import { fspath } from "./io/errors.js";
import { flushPendingWrites } from "./io/pending.js";
import { listDir } from "./pathlib/glob.js";
import { fnmatchRegex } from "./pathlib/fnmatch.js";

type Options = { root: string | null; dironly: boolean; hidden: boolean };

const MAGIC = /[*?[]/;

export function has_magic(s: unknown): boolean {
  return MAGIC.test(strArg(s));
}

function strArg(p: unknown): string {
  const v = fspath(p);
  if (v instanceof PyBytes) throw new NotImplementedError("py2ts: glob with bytes patterns is not supported yet");
  if (typeof v !== "string") throw new TypeError(`expected str, bytes or os.PathLike object, not ${typeName(p)}`);
  return v;
}

function join(a: string, b: string): string {
  if (b.startsWith("/")) return b;
  return a === "" || a.endsWith("/") ? a + b : `${a}/${b}`;
}

function split(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
  return [head, p.slice(i)];
}

const isHidden = (name: string) => name.startsWith(".");
const isRecursive = (pattern: string) => pattern === "**";
const rooted = (root: string | null, p: string) => (root === null ? p : join(root, p));

function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function isdir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// _iterdir: names in a directory, only directories when dironly; nothing if it cannot be read.
function listNames(dirname: string, o: Options): string[] {
  const dir = rooted(o.root, dirname) || ".";
  let entries;
  try {
    entries = listDir(dir);
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const e of entries) {
    if (!o.dironly) names.push(e.name);
    else if (e.isDirectory() || (e.isSymbolicLink() && isdir(join(dir, e.name)))) names.push(e.name);
  }
  return names;
}

function glob0(dirname: string, basename: string, o: Options): string[] {
  if (basename) return lexists(rooted(o.root, join(dirname, basename))) ? [basename] : [];
  return isdir(rooted(o.root, dirname) || ".") ? [basename] : [];
}

function glob1(dirname: string, pattern: string, o: Options): string[] {
  let names = listNames(dirname, o);
  if (!(o.hidden || isHidden(pattern))) names = names.filter((n) => !isHidden(n));
  const re = fnmatchRegex(pattern);
  return names.filter((n) => re.test(n));
}

function* glob2(dirname: string, _pattern: string, o: Options): Generator<string> {
  if (!dirname || isdir(rooted(o.root, dirname))) yield "";
  yield* rlistdir(dirname, o);
}

function* rlistdir(dirname: string, o: Options): Generator<string> {
  for (const x of listNames(dirname, o)) {
    if (o.hidden || !isHidden(x)) {
      yield x;
      const path = dirname ? join(dirname, x) : x;
      for (const y of rlistdir(path, o)) yield join(x, y);
    }
  }
}

function* iglobInner(pathname: string, recursive: boolean, o: Options): Generator<string> {
  const [dirname, basename] = split(pathname);
  if (!MAGIC.test(pathname)) {
    if (basename) {
      if (lexists(rooted(o.root, pathname))) yield pathname;
    } else if (isdir(rooted(o.root, dirname))) {
      yield pathname;
    }
    return;
  }
  if (!dirname) {
    yield* recursive && isRecursive(basename) ? glob2(dirname, basename, o) : glob1(dirname, basename, o);
    return;
  }
  const dirs: Iterable<string> =
    dirname !== pathname && MAGIC.test(dirname) ? [...iglobInner(dirname, recursive, { ...o, dironly: true })] : [dirname];
  const inDir = MAGIC.test(basename) ? (recursive && isRecursive(basename) ? glob2 : glob1) : glob0;
  for (const d of dirs) {
    for (const name of inDir(d, basename, o)) yield join(d, name);
  }
}

const SIG = signatureFromText("iglob(pathname, *, root_dir=, dir_fd=, recursive=, include_hidden=)");

export function* iglob(...args: unknown[]): Generator<string> {
  const [pathname, rootDir, dirFd, recursiveArg, hiddenArg] = bindArguments(SIG, args);
  if (dirFd !== undefined && dirFd !== null) throw new NotImplementedError("py2ts: glob(dir_fd=...) is not supported yet");
  const recursive = recursiveArg !== undefined && truth(recursiveArg);
  const o: Options = {
    root: rootDir === undefined || rootDir === null ? null : strArg(rootDir),
    dironly: false,
    hidden: hiddenArg !== undefined && truth(hiddenArg),
  };
  const pattern = strArg(pathname);
  flushPendingWrites();
  const it = iglobInner(pattern, recursive, o);
  // '**' alone yields the empty name for the top directory first; glob drops it.
  if (recursive && isRecursive(pattern)) it.next();
  yield* it;
}

export function glob(...args: unknown[]): string[] {
  return [...iglob(...args)];
}

export function escape(pathname: unknown): string {
  return strArg(pathname).replace(/([*?[])/g, "[$1]");
}
