// round, hex, oct, bin, chr, ord, hash, id, callable, input.
import { readSync } from "node:fs";
import { EOFError, TypeError, ValueError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { normInt, type PyInt } from "./num.js";
import { asInt } from "./arith.js";
import { floatToInt } from "./numparse.js";
import { scaledRound } from "./floatfmt.js";
import { pyHash, objectId } from "./hash.js";
import { sysStreams } from "./stdio.js";
import { str } from "./repr.js";
import { typeName } from "./typename.js";

function indexInt(x: unknown): PyInt {
  const i = asInt(x);
  if (i !== undefined) return i;
  const idx = (x as { __index__?: unknown } | null)?.__index__;
  if (typeof idx === "function") return indexInt(idx.call(x));
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

// Round half to even on the exact value of a double.
function roundFloat(v: number, ndigits: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  const q = scaledRound(v, ndigits);
  const digits = `${q}e${-ndigits}`;
  const r = Number(digits);
  return v < 0 ? -r : r;
}

export function round(x: unknown, ndigits: unknown = null): any {
  const custom = (x as { __round__?: unknown } | null)?.__round__;
  if (x !== null && typeof x === "object" && !(x instanceof PyFloat) && typeof custom === "function") {
    return ndigits === null ? custom.call(x) : custom.call(x, ndigits);
  }
  const i = asInt(x);
  if (i !== undefined) {
    if (ndigits === null || ndigits === undefined) return i;
    const n = Number(indexInt(ndigits));
    if (n >= 0) return i;
    const p = 10n ** BigInt(-n);
    const b = BigInt(i);
    let q = b / p;
    let r = b % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
    if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
    return normInt(q * p);
  }
  if (x instanceof PyFloat || typeof x === "number") {
    const v = x instanceof PyFloat ? x.value : x;
    if (ndigits === null || ndigits === undefined) {
      return Number.isFinite(v) ? floatToInt(roundFloat(v, 0)) : floatToInt(v);
    }
    const n = Number(indexInt(ndigits));
    // Beyond these bounds rounding cannot change a double (CPython's shortcut too).
    if (n > 323) return new PyFloat(v);
    if (n < -308) return new PyFloat(v < 0 || Object.is(v, -0) ? -0 : 0);
    return new PyFloat(roundFloat(v, n));
  }
  throw new TypeError(`type ${typeName(x)} doesn't define __round__ method`);
}

function radix(x: unknown, base: number, prefix: string): string {
  const i = indexInt(x);
  const neg = i < 0;
  const digits = (neg ? -BigInt(i) : BigInt(i)).toString(base);
  return `${neg ? "-" : ""}${prefix}${digits}`;
}

export const hex = (x: unknown): string => radix(x, 16, "0x");
export const oct = (x: unknown): string => radix(x, 8, "0o");
export const bin = (x: unknown): string => radix(x, 2, "0b");

export function chr(x: unknown): string {
  const i = indexInt(x);
  if (i < 0 || i > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
}

export function ord(c: unknown): number {
  if (typeof c === "string") {
    const cps = [...c];
    if (cps.length !== 1) throw new TypeError(`ord() expected a character, but string of length ${cps.length} found`);
    return cps[0]!.codePointAt(0)!;
  }
  const bytes = (c as { bytes?: Uint8Array } | null)?.bytes;
  if (bytes instanceof Uint8Array && typeName(c) === "bytes") {
    if (bytes.length !== 1) throw new TypeError(`ord() expected a character, but string of length ${bytes.length} found`);
    return bytes[0]!;
  }
  throw new TypeError(`ord() expected string of length 1, but ${typeName(c)} found`);
}

export function hash(x: unknown): PyInt {
  return pyHash(x);
}

export function id(x: unknown): number {
  if ((x !== null && typeof x === "object") || typeof x === "function") return objectId(x as object);
  // Immutable primitives: equal values share an id, like CPython's small-int and interned-str caches.
  const h = Number(BigInt.asUintN(32, BigInt(pyHash(x))));
  return 0x7f3a10000000 + h * 16;
}

export function callable(x: unknown): boolean {
  return typeof x === "function" || (x !== null && typeof x === "object" && typeof (x as { __call__?: unknown }).__call__ === "function");
}

// Reads one line from fd 0 synchronously, a byte at a time so no input past the newline is
// consumed (a child process may read the rest).
export function input(prompt: unknown = ""): string {
  const p = str(prompt);
  if (p !== "") {
    sysStreams.stdout.write(p);
    sysStreams.stdout.flush?.();
  }
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, one, 0, 1, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EOF") n = 0;
      else throw e;
    }
    if (n === 0) {
      if (bytes.length === 0) throw new EOFError("EOF when reading a line");
      break;
    }
    if (one[0] === 0x0a) break;
    bytes.push(one[0]!);
  }
  return Buffer.from(bytes).toString("utf8");
}
