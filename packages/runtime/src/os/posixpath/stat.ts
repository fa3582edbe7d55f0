// The stat-based half of os.path (genericpath): predicates that answer False on OSError and
// ValueError, and getters that raise CPython's OSError. Pending writes of our own open files go
// out first, so sizes and times agree with what CPython's unbuffered-at-refcount-zero files show.
import { fstatSync, lstatSync, statSync, type BigIntStats } from "node:fs";
import { TypeError, ValueError } from "../../builtins/exceptions.js";
import { PyBytes } from "../../builtins/bytes.js";
import type { PyFloat } from "../../builtins/float.js";
import { typeName } from "../../builtins/typename.js";
import { fsCall, fspath } from "../../io/errors.js";
import { flushPendingWrites } from "../../io/pending.js";
import { secondsFromNs, stat_result } from "./stat-result.js";

type StatTarget = string | Buffer | number;

// os.stat's argument conversion, with its own TypeError wording.
function target(path: unknown, fn = "stat"): StatTarget {
  let v: unknown;
  try {
    v = fspath(path, { allowFd: true });
  } catch {
    throw new TypeError(`${fn}: path should be string, bytes, os.PathLike or integer, not ${typeName(path)}`);
  }
  if (v instanceof PyBytes) return Buffer.from(v.bytes);
  if (typeof v === "string" && v.includes("\0")) throw new ValueError("embedded null byte");
  return v as StatTarget;
}

/** os.stat / os.lstat (follow: false) as a stat_result. */
export function stat(path: unknown, options: { follow: boolean } = { follow: true }): stat_result {
  return new stat_result(doStat(path, options));
}

function doStat(path: unknown, options: { follow: boolean }): BigIntStats {
  const t = target(path, options.follow ? "stat" : "lstat");
  flushPendingWrites();
  const shown = typeof path === "string" || path instanceof PyBytes ? path : fspath(path, { allowFd: true });
  return fsCall(() => {
    if (typeof t === "number") return fstatSync(t, { bigint: true });
    return options.follow ? statSync(t, { bigint: true }) : lstatSync(t, { bigint: true });
  }, typeof t === "number" ? undefined : shown);
}

function quietly(path: unknown, options: { follow: boolean }): BigIntStats | undefined {
  try {
    return doStat(path, options);
  } catch (e) {
    if (e instanceof TypeError) throw e;
    return undefined;
  }
}

export function exists(path: unknown): boolean {
  return quietly(path, { follow: true }) !== undefined;
}
export function lexists(path: unknown): boolean {
  return quietly(path, { follow: false }) !== undefined;
}
export function isfile(path: unknown): boolean {
  return quietly(path, { follow: true })?.isFile() ?? false;
}
export function isdir(s: unknown): boolean {
  return quietly(s, { follow: true })?.isDirectory() ?? false;
}
export function islink(path: unknown): boolean {
  return quietly(path, { follow: false })?.isSymbolicLink() ?? false;
}

export function ismount(path: unknown): boolean {
  const s1 = quietly(path, { follow: false });
  if (!s1 || s1.isSymbolicLink()) return false;
  const v = fspath(path);
  const p = v instanceof PyBytes ? Buffer.from(v.bytes).toString("utf8") : (v as string);
  let s2: BigIntStats;
  try {
    s2 = lstatSync(p.endsWith("/") ? `${p}..` : `${p}/..`, { bigint: true });
  } catch {
    return false;
  }
  return s1.dev !== s2.dev || s1.ino === s2.ino;
}

function intOut(n: bigint): number | bigint {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

export function getsize(filename: unknown): number | bigint {
  return intOut(doStat(filename, { follow: true }).size);
}
export function getmtime(filename: unknown): PyFloat {
  return secondsFromNs(doStat(filename, { follow: true }).mtimeNs);
}
export function getatime(filename: unknown): PyFloat {
  return secondsFromNs(doStat(filename, { follow: true }).atimeNs);
}
export function getctime(filename: unknown): PyFloat {
  return secondsFromNs(doStat(filename, { follow: true }).ctimeNs);
}

export function samefile(f1: unknown, f2: unknown): boolean {
  const a = doStat(f1, { follow: true });
  const b = doStat(f2, { follow: true });
  return a.ino === b.ino && a.dev === b.dev;
}
