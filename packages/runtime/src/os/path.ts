// Python's os.path on POSIX (CPython's posixpath and genericpath), for str, bytes and
// os.PathLike arguments. Bytes paths are handled as latin-1 strings, which keeps every byte
// and every '/' where it was, and are turned back into bytes on the way out.
import { lstatSync, readlinkSync, statSync, type Stats } from "node:fs";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyTuple } from "../builtins/tuple.js";
import { typeName } from "../builtins/typename.js";
import { truth } from "../builtins/truth.js";
import { bindArguments } from "../builtins/call.js";
import { fspath, fsCall } from "../io/errors.js";

export const sep = "/";
export const altsep = null;
export const extsep = ".";
export const pathsep = ":";
export const curdir = ".";
export const pardir = "..";
export const defpath = "/bin:/usr/bin";
export const devnull = "/dev/null";
export const supports_unicode_filenames = false;

type Text = { readonly s: string; readonly bytes: boolean };

function text(p: unknown): Text {
  const v = fspath(p);
  return v instanceof PyBytes ? { s: Buffer.from(v.bytes).toString("latin1"), bytes: true } : { s: v as string, bytes: false };
}

function out(t: { bytes: boolean }, s: string): string | PyBytes {
  return t.bytes ? PyBytes.fromLatin1(s) : s;
}

// genericpath._check_arg_types: the TypeError CPython raises for join/relpath/commonpath.
function checkArgTypes(fn: string, args: unknown[]): Text[] {
  let hasStr = false;
  let hasBytes = false;
  for (const a of args) {
    let v: unknown = a;
    try {
      v = fspath(a);
    } catch {
      throw new TypeError(`${fn}() argument must be str, bytes, or os.PathLike object, not '${typeName(a)}'`);
    }
    if (typeof v === "string") hasStr = true;
    else hasBytes = true;
  }
  if (hasStr && hasBytes) throw new TypeError("Can't mix strings and bytes in path components");
  return args.map(text);
}

function rstripSep(s: string): string {
  return s.replace(/\/+$/, "");
}

export function isabs(s: unknown): boolean {
  return text(s).s.startsWith("/");
}

export function join(a: unknown, ...p: unknown[]): string | PyBytes {
  const first = text(a);
  const parts = checkArgTypes("join", [a, ...p]);
  let path = first.s;
  for (const b of parts.slice(1)) {
    if (b.s.startsWith("/")) path = b.s;
    else if (path === "" || path.endsWith("/")) path += b.s;
    else path += "/" + b.s;
  }
  return out(first, path);
}

function splitText(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== "/".repeat(head.length)) head = rstripSep(head);
  return [head, tail];
}

export function split(p: unknown): PyTuple<string | PyBytes> {
  const t = text(p);
  const [head, tail] = splitText(t.s);
  return PyTuple.of(out(t, head), out(t, tail));
}

export function basename(p: unknown): string | PyBytes {
  const t = text(p);
  return out(t, t.s.slice(t.s.lastIndexOf("/") + 1));
}

export function dirname(p: unknown): string | PyBytes {
  const t = text(p);
  return out(t, splitText(t.s)[0]);
}

function splitextText(p: string): [string, string] {
  const sepIndex = p.lastIndexOf("/");
  const dotIndex = p.lastIndexOf(".");
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) {
      if (p[i] !== ".") return [p.slice(0, dotIndex), p.slice(dotIndex)];
    }
  }
  return [p, ""];
}

export function splitext(p: unknown): PyTuple<string | PyBytes> {
  const t = text(p);
  const [root, ext] = splitextText(t.s);
  return PyTuple.of(out(t, root), out(t, ext));
}

export function splitdrive(p: unknown): PyTuple<string | PyBytes> {
  const t = text(p);
  return PyTuple.of(out(t, ""), out(t, t.s));
}

export function normcase(s: unknown): string | PyBytes {
  const t = text(s);
  return out(t, t.s);
}

function normpathText(path: string): string {
  if (path === "") return ".";
  let initial = path.startsWith("/") ? 1 : 0;
  if (path.startsWith("//") && !path.startsWith("///")) initial = 2;
  const comps: string[] = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && comps.length === 0) || (comps.length > 0 && comps[comps.length - 1] === "..")) comps.push(comp);
    else if (comps.length > 0) comps.pop();
  }
  const joined = "/".repeat(initial) + comps.join("/");
  return joined || ".";
}

export function normpath(path: unknown): string | PyBytes {
  const t = text(path);
  return out(t, normpathText(t.s));
}

function cwdText(bytes: boolean): string {
  const cwd = process.cwd();
  return bytes ? Buffer.from(cwd, "utf8").toString("latin1") : cwd;
}

function abspathText(t: Text): string {
  const s = t.s.startsWith("/") ? t.s : joinText(cwdText(t.bytes), t.s);
  return normpathText(s);
}

function joinText(a: string, b: string): string {
  if (b.startsWith("/")) return b;
  return a === "" || a.endsWith("/") ? a + b : `${a}/${b}`;
}

export function abspath(path: unknown): string | PyBytes {
  const t = text(path);
  return out(t, abspathText(t));
}

// A path string as node:fs wants it: bytes paths go back to their raw bytes.
function fsArg(t: Text): string | Buffer {
  return t.bytes ? Buffer.from(t.s, "latin1") : t.s;
}

function lstatOrUndefined(t: Text, path: string): Stats | undefined {
  try {
    return lstatSync(fsArg({ s: path, bytes: t.bytes }));
  } catch {
    return undefined;
  }
}

// posixpath._joinrealpath: resolves symlinks one component at a time, as CPython does, so a
// missing tail is kept as written (unless strict).
function joinRealpath(t: Text, start: string, rest: string, strict: boolean, seen: Map<string, string | null>): [string, boolean] {
  let path = start;
  if (rest.startsWith("/")) {
    rest = rest.slice(1);
    path = "/";
  }
  while (rest) {
    const i = rest.indexOf("/");
    const name = i < 0 ? rest : rest.slice(0, i);
    rest = i < 0 ? "" : rest.slice(i + 1);
    if (!name || name === ".") continue;
    if (name === "..") {
      if (path) {
        const [head, tail] = splitText(path);
        path = tail === ".." ? joinText(joinText(head, ".."), "..") : head;
      } else path = "..";
      continue;
    }
    const newpath = joinText(path, name);
    const st = strict ? fsCall(() => lstatSync(fsArg({ s: newpath, bytes: t.bytes })), out(t, newpath)) : lstatOrUndefined(t, newpath);
    if (!st?.isSymbolicLink()) {
      path = newpath;
      continue;
    }
    if (seen.has(newpath)) {
      const known = seen.get(newpath)!;
      if (known !== null) {
        path = known;
        continue;
      }
      if (strict) fsCall(() => statSync(fsArg({ s: newpath, bytes: t.bytes })), out(t, newpath));
      return [joinText(newpath, rest), false];
    }
    seen.set(newpath, null);
    const target = readlinkSync(fsArg({ s: newpath, bytes: t.bytes }), { encoding: t.bytes ? "latin1" : "utf8" });
    const [resolved, ok] = joinRealpath(t, path, target, strict, seen);
    if (!ok) return [joinText(resolved, rest), false];
    path = resolved;
    seen.set(newpath, resolved);
  }
  return [path, true];
}

export function realpath(...args: unknown[]): string | PyBytes {
  const [filename, strict] = bindArguments(
    { name: "realpath", params: [{ name: "filename", kind: "positional", hasDefault: false }, { name: "strict", kind: "keyword-only", hasDefault: true }] },
    args,
  );
  const t = text(filename);
  const [path] = joinRealpath(t, "", t.s, strict === undefined ? false : truth(strict), new Map());
  return out(t, abspathText({ s: path, bytes: t.bytes }));
}

export function commonprefix(m: unknown): unknown {
  const items = [...(m as Iterable<unknown>)];
  if (items.length === 0) return "";
  if (Array.isArray(items[0])) {
    // Lists of components (relpath's use): compare element-wise.
    const lists = items as unknown[][];
    let n = Math.min(...lists.map((l) => l.length));
    for (let i = 0; i < n; i++) if (lists.some((l) => l[i] !== lists[0]![i])) n = i;
    return lists[0]!.slice(0, n);
  }
  const ts = items.map(text);
  const strs = ts.map((t) => t.s).sort();
  const s1 = strs[0]!;
  const s2 = strs[strs.length - 1]!;
  let i = 0;
  while (i < s1.length && s1[i] === s2[i]) i++;
  return out(ts[0]!, s1.slice(0, i));
}

export function relpath(...args: unknown[]): string | PyBytes {
  const [path, start] = bindArguments(
    { name: "relpath", params: [{ name: "path", kind: "positional", hasDefault: false }, { name: "start", kind: "positional", hasDefault: true }] },
    args,
  );
  if (!truth(path)) throw new ValueError("no path specified");
  const t = text(path);
  const from = start === null || start === undefined ? { s: ".", bytes: t.bytes } : text(start);
  if (from.bytes !== t.bytes) checkArgTypes("relpath", [path, start]);
  const startList = abspathText(from).split("/").filter((x) => x);
  const pathList = abspathText(t).split("/").filter((x) => x);
  let i = 0;
  while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
  const rel = [...Array<string>(startList.length - i).fill(".."), ...pathList.slice(i)];
  return out(t, rel.length === 0 ? "." : rel.reduce(joinText));
}

export function commonpath(paths: unknown): string | PyBytes {
  const items = [...(paths as Iterable<unknown>)];
  if (items.length === 0) throw new ValueError("commonpath() arg is an empty sequence");
  const ts = checkArgTypes("commonpath", items);
  const absFlags = new Set(ts.map((t) => t.s.startsWith("/")));
  if (absFlags.size > 1) throw new ValueError("Can't mix absolute and relative paths");
  const lists = ts.map((t) => t.s.split("/").filter((c) => c && c !== "."));
  const cmp = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  };
  const sorted = [...lists].sort(cmp);
  const s1 = sorted[0]!;
  const s2 = sorted[sorted.length - 1]!;
  let n = s1.length;
  for (let i = 0; i < s1.length; i++) {
    if (s1[i] !== s2[i]) {
      n = i;
      break;
    }
  }
  return out(ts[0]!, (absFlags.has(true) ? "/" : "") + s1.slice(0, n).join("/"));
}

export { expanduser, expandvars } from "./posixpath/expand.js";
export { exists, lexists, isfile, isdir, islink, ismount, getsize, getmtime, getatime, getctime, samefile } from "./posixpath/stat.js";
