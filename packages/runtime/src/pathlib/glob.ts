// Path.glob / rglob as CPython 3.11's selectors: directories are listed in the order the OS
// returns entries (opendir/readdir, as os.scandir), NOT sorted; '**' walks without following
// symlinked directories and never yields a path twice.
import { opendirSync, statSync, type Dirent } from "node:fs";
import { NotImplementedError, ValueError } from "../builtins/exceptions.js";
import { fnmatchRegex } from "./fnmatch.js";

export interface GlobPath {
  readonly _root: string;
  readonly _parts: string[];
  _fromParsed(root: string, parts: string[]): this;
  __str__(): string;
}

function child<P extends GlobPath>(p: P, name: string): P {
  return p._fromParsed(p._root, [...p._parts, name]);
}

/** Entries of a directory in readdir order; [] when it cannot be listed. */
export function scandir(path: string): Dirent[] {
  try {
    return listDir(path);
  } catch {
    return [];
  }
}

/** Entries of a directory in readdir order (os.listdir's), throwing Node's errors. */
export function listDir(path: string): Dirent[] {
  const dir = opendirSync(path);
  const out: Dirent[] = [];
  try {
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) out.push(e);
  } finally {
    dir.closeSync();
  }
  return out;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function entryIsDir(parent: string, e: Dirent): boolean {
  if (e.isDirectory()) return true;
  return e.isSymbolicLink() && isDir(`${parent}/${e.name}`);
}

type Selector = <P extends GlobPath>(p: P) => Generator<P>;

function makeSelector(parts: readonly string[]): Selector {
  if (parts.length === 0) return function* (p) {
    yield p;
  };
  const [pat, ...rest] = parts as [string, ...string[]];
  const successor = makeSelector(rest);
  const dirOnly = rest.length > 0;
  if (pat === "") return function* (p) {
    yield p;
  };
  if (pat === "**") {
    return function* (p) {
      const yielded = new Set<string>();
      for (const start of walkDirs(p)) {
        for (const q of successor(start)) {
          const key = q.__str__();
          if (!yielded.has(key)) {
            yielded.add(key);
            yield q;
          }
        }
      }
    };
  }
  if (pat.includes("**")) throw new ValueError("Invalid pattern: '**' can only be an entire path component");
  if (!/[*?[]/.test(pat)) {
    return function* (p) {
      const q = child(p, pat);
      if (dirOnly ? isDir(q.__str__()) : exists(q.__str__())) yield* successor(q);
    };
  }
  const re = fnmatchRegex(pat);
  return function* (p) {
    const dir = p.__str__();
    for (const e of scandir(dir)) {
      if (dirOnly && !entryIsDir(dir, e)) continue;
      if (re.test(e.name)) yield* successor(child(p, e.name));
    }
  };
}

function* walkDirs<P extends GlobPath>(p: P): Generator<P> {
  yield p;
  const dir = p.__str__();
  for (const e of scandir(dir)) {
    if (e.isDirectory()) yield* walkDirs(child(p, e.name));
  }
}

function patternParts(pattern: string): string[] {
  if (pattern.startsWith("/")) throw new NotImplementedError("Non-relative patterns are unsupported");
  const parts = pattern.split("/").filter((x) => x && x !== ".");
  if (pattern.endsWith("/")) parts.push("");
  return parts;
}

export function* glob<P extends GlobPath>(p: P, pattern: string, options: { recursive: boolean }): Generator<P> {
  if (!options.recursive && !pattern) throw new ValueError(`Unacceptable pattern: ''`);
  const parts = patternParts(pattern);
  const selector = makeSelector(options.recursive ? ["**", ...parts] : parts);
  if (!isDir(p.__str__())) return;
  yield* selector(p);
}
