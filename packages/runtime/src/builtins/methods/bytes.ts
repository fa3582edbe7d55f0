// bytes methods. A bytes value is viewed as a latin-1 string (one char per byte), so the
// search/split/pad logic of str methods applies unchanged; case, whitespace and the is*
// predicates are ASCII-only, as in CPython's bytes_methods.c.
import { TypeError, ValueError } from "../exception-classes.js";
import { PyBytes } from "../bytes.js";
import { PyTuple } from "../tuple.js";
import { asInt } from "../arith.js";
import { splitKwargs } from "../call.js";
import { decodeBytes } from "../codecs.js";
import { iter } from "../iteration.js";
import { typeName } from "../typename.js";
import { strMethods } from "./str.js";

export const latin1 = (b: PyBytes): string => b.toLatin1();

const wrap = (s: string): PyBytes => PyBytes.fromLatin1(s);
const isNone = (x: unknown): boolean => x === null || x === undefined;
const ASCII_WS = " \t\n\r\x0b\x0c";

function bytesArg(x: unknown): string {
  if (x instanceof PyBytes) return latin1(x);
  throw new TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
}

// find/count/index and `in` also take one byte as an int.
function subArg(x: unknown): string {
  const i = asInt(x);
  if (i !== undefined) {
    if (i < 0 || i > 255) throw new ValueError("byte must be in range(0, 256)");
    return String.fromCharCode(Number(i));
  }
  if (x instanceof PyBytes) return latin1(x);
  throw new TypeError(`argument should be integer or bytes-like object, not '${typeName(x)}'`);
}

const str = strMethods as Record<string, (s: string, ...args: unknown[]) => unknown>;

function strip(b: PyBytes, chars: unknown, left: boolean, right: boolean): PyBytes {
  const set = isNone(chars) ? ASCII_WS : bytesArg(chars);
  const s = latin1(b);
  let i = 0;
  let j = s.length;
  if (left) while (i < j && set.includes(s[i]!)) i++;
  if (right) while (j > i && set.includes(s[j - 1]!)) j--;
  return wrap(s.slice(i, j));
}

function splitWhitespace(s: string, max: number, fromRight: boolean): string[] {
  const words = s.split(/[ \t\n\r\x0b\x0c]+/).filter((w) => w !== "");
  if (max < 0 || words.length <= max + 1) return words;
  // Re-split keeping the unsplit remainder verbatim (inner whitespace included).
  const out: string[] = [];
  if (!fromRight) {
    let rest = s.replace(/^[ \t\n\r\x0b\x0c]+/, "");
    for (let k = 0; k < max; k++) {
      const m = /[ \t\n\r\x0b\x0c]+/.exec(rest)!;
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    out.push(rest);
    return out;
  }
  let rest = s.replace(/[ \t\n\r\x0b\x0c]+$/, "");
  for (let k = 0; k < max; k++) {
    const m = /[ \t\n\r\x0b\x0c]+(?=[^ \t\n\r\x0b\x0c]*$)/.exec(rest)!;
    out.unshift(rest.slice(m.index + m[0].length));
    rest = rest.slice(0, m.index);
  }
  out.unshift(rest);
  return out;
}

function split(b: PyBytes, sep: unknown, maxsplit: unknown, fromRight: boolean): PyBytes[] {
  const max = isNone(maxsplit) ? -1 : Number(asInt(maxsplit));
  const s = latin1(b);
  if (isNone(sep)) return splitWhitespace(s, max, fromRight).map(wrap);
  const parts = str[fromRight ? "rsplit" : "split"]!(s, bytesArg(sep), max) as string[];
  return parts.map(wrap);
}

function affix(b: PyBytes, p: unknown, start: unknown, end: unknown, name: "startswith" | "endswith"): unknown {
  const one = (x: unknown): string => {
    if (x instanceof PyBytes) return latin1(x);
    throw new TypeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
  };
  const arg = p instanceof PyTuple ? PyTuple.fromIterable([...p].map(one)) : one(p);
  return str[name]!(latin1(b), arg, start, end);
}

function pad(b: PyBytes, name: "center" | "ljust" | "rjust", width: unknown, fill: unknown): PyBytes {
  let f = " ";
  if (!isNone(fill)) {
    if (!(fill instanceof PyBytes) || fill.length !== 1) {
      throw new TypeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(fill)}`);
    }
    f = latin1(fill);
  }
  return wrap(str[name]!(latin1(b), width, f) as string);
}

function found(b: PyBytes, sub: unknown, start: unknown, end: unknown, fromRight: boolean): number {
  return str[fromRight ? "rfind" : "find"]!(latin1(b), subArg(sub), start, end) as number;
}

function mustFind(i: number): number {
  if (i < 0) throw new ValueError("subsection not found");
  return i;
}

const lowerAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const upperAscii = (s: string): string => s.replace(/[a-z]/g, (c) => c.toUpperCase());
const every = (s: string, re: RegExp): boolean => s.length > 0 && re.test(s);

function titleAscii(s: string): string {
  let out = "";
  let prevCased = false;
  for (const c of s) {
    const isCased = /[A-Za-z]/.test(c);
    out += isCased ? (prevCased ? c.toLowerCase() : c.toUpperCase()) : c;
    prevCased = isCased;
  }
  return out;
}

function splitlines(s: string, keepends: unknown): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(/\r\n|\n|\r/g)) {
    out.push(s.slice(last, keepends ? m.index! + m[0].length : m.index));
    last = m.index! + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

function hex(b: PyBytes, sep: unknown, perSep: unknown): string {
  const digits = [...b.bytes].map((x) => x.toString(16).padStart(2, "0"));
  if (isNone(sep)) return digits.join("");
  const s = sep instanceof PyBytes ? latin1(sep) : (sep as string);
  if (typeof s !== "string" || s.length !== 1) throw new ValueError("sep must be length 1.");
  const n = isNone(perSep) ? 1 : Number(asInt(perSep));
  if (n === 0) return digits.join("");
  const size = Math.abs(n);
  const groups: string[] = [];
  // A positive count groups from the right, a negative one from the left.
  if (n > 0) for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end).join(""));
  else for (let i = 0; i < digits.length; i += size) groups.push(digits.slice(i, i + size).join(""));
  return groups.join(s);
}

export const bytesMethods: Record<string, (b: PyBytes, ...args: unknown[]) => unknown> = {
  decode: (b, ...args) => {
    const [pos, kw] = splitKwargs(args);
    return decodeBytes(b, (pos[0] ?? kw.encoding ?? "utf-8") as string, (pos[1] ?? kw.errors ?? "strict") as string);
  },
  hex: (b, sep = null, perSep = null) => hex(b, sep, perSep),
  count: (b, sub, start = null, end = null) => str.count!(latin1(b), subArg(sub), start, end),
  find: (b, sub, start = null, end = null) => found(b, sub, start, end, false),
  rfind: (b, sub, start = null, end = null) => found(b, sub, start, end, true),
  index: (b, sub, start = null, end = null) => mustFind(found(b, sub, start, end, false)),
  rindex: (b, sub, start = null, end = null) => mustFind(found(b, sub, start, end, true)),
  replace: (b, old, repl, count = -1) => wrap(str.replace!(latin1(b), bytesArg(old), bytesArg(repl), count) as string),
  startswith: (b, p, start = null, end = null) => affix(b, p, start, end, "startswith"),
  endswith: (b, p, start = null, end = null) => affix(b, p, start, end, "endswith"),
  split: (b, sep = null, maxsplit = -1) => split(b, sep, maxsplit, false),
  rsplit: (b, sep = null, maxsplit = -1) => split(b, sep, maxsplit, true),
  splitlines: (b, keepends = false) => splitlines(latin1(b), keepends).map(wrap),
  strip: (b, chars = null) => strip(b, chars, true, true),
  lstrip: (b, chars = null) => strip(b, chars, true, false),
  rstrip: (b, chars = null) => strip(b, chars, false, true),
  join: (b, iterable) => {
    const parts = [...iter(iterable)].map((x, i) => {
      if (x instanceof PyBytes) return latin1(x);
      throw new TypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
    });
    return wrap(parts.join(latin1(b)));
  },
  partition: (b, sep) => PyTuple.fromIterable((str.partition!(latin1(b), bytesArg(sep)) as string[]).map(wrap)),
  rpartition: (b, sep) => PyTuple.fromIterable((str.rpartition!(latin1(b), bytesArg(sep)) as string[]).map(wrap)),
  removeprefix: (b, p) => wrap(str.removeprefix!(latin1(b), bytesArg(p)) as string),
  removesuffix: (b, p) => wrap(str.removesuffix!(latin1(b), bytesArg(p)) as string),
  center: (b, w, f = null) => pad(b, "center", w, f),
  ljust: (b, w, f = null) => pad(b, "ljust", w, f),
  rjust: (b, w, f = null) => pad(b, "rjust", w, f),
  zfill: (b, w) => wrap(str.zfill!(latin1(b), w) as string),
  expandtabs: (b, tabsize = 8) => wrap(str.expandtabs!(latin1(b), tabsize) as string),
  upper: (b) => wrap(upperAscii(latin1(b))),
  lower: (b) => wrap(lowerAscii(latin1(b))),
  swapcase: (b) => wrap(latin1(b).replace(/[A-Za-z]/g, (c) => (c <= "Z" ? c.toLowerCase() : c.toUpperCase()))),
  title: (b) => wrap(titleAscii(latin1(b))),
  capitalize: (b) => {
    const s = latin1(b);
    return wrap(upperAscii(s.slice(0, 1)) + lowerAscii(s.slice(1)));
  },
  isalpha: (b) => every(latin1(b), /^[A-Za-z]+$/),
  isdigit: (b) => every(latin1(b), /^[0-9]+$/),
  isalnum: (b) => every(latin1(b), /^[A-Za-z0-9]+$/),
  isspace: (b) => every(latin1(b), /^[ \t\n\r\x0b\x0c]+$/),
  isascii: (b) => b.bytes.every((x) => x < 0x80),
  isupper: (b) => /[A-Z]/.test(latin1(b)) && !/[a-z]/.test(latin1(b)),
  islower: (b) => /[a-z]/.test(latin1(b)) && !/[A-Z]/.test(latin1(b)),
  istitle: (b) => /[A-Z]/.test(latin1(b)) && titleAscii(latin1(b)) === latin1(b),
  translate: (b, table, del = null) => {
    const drop = isNone(del) ? "" : bytesArg(del);
    let map: string | undefined;
    if (!isNone(table)) {
      map = bytesArg(table);
      if (map.length !== 256) throw new ValueError("translation table must be 256 characters long");
    }
    let out = "";
    for (const c of latin1(b)) if (!drop.includes(c)) out += map ? map[c.charCodeAt(0)]! : c;
    return wrap(out);
  },
  __len__: (b) => b.length,
};

export const bytesKeywords: Record<string, readonly string[]> = {
  split: ["sep", "maxsplit"],
  rsplit: ["sep", "maxsplit"],
  splitlines: ["keepends"],
  expandtabs: ["tabsize"],
  hex: ["sep", "bytes_per_sep"],
};

// bytes.fromhex / bytes.maketrans, the class-level functions.
export function bytesFromhex(s: unknown): PyBytes {
  if (typeof s !== "string") throw new TypeError(`fromhex() argument must be str, not ${typeName(s)}`);
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === " ") {
      i++;
      continue;
    }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const bad = /^[0-9a-fA-F]$/.test(s[i]!) ? i + 1 : i;
      throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${bad}`);
    }
    out.push(parseInt(pair, 16));
    i += 2;
  }
  return new PyBytes(Uint8Array.from(out));
}

export function bytesMaketrans(from: unknown, to: unknown): PyBytes {
  const a = bytesArg(from);
  const b = bytesArg(to);
  if (a.length !== b.length) throw new ValueError("maketrans arguments must have same length");
  const table = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0; i < a.length; i++) table[a.charCodeAt(i)] = b.charCodeAt(i);
  return new PyBytes(table);
}
