// str methods with Python's semantics (code points, Python's whitespace set, None defaults).
import { LookupError, TypeError, ValueError } from "../exception-classes.js";
import { PyTuple } from "../tuple.js";
import { asInt } from "../arith.js";
import { getitem, strLength } from "../items.js";
import { encodeString } from "../codecs.js";
import { iter } from "../iteration.js";
import { typeName } from "../typename.js";
import { strFormat } from "../strformat.js";
import { splitKwargs } from "../call.js";
import { PyDict } from "../dict.js";

export const WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

const isNone = (x: unknown): boolean => x === null || x === undefined;

function needStr(x: unknown, prefix = ""): string {
  if (typeof x !== "string") throw new TypeError(`${prefix}must be str, not ${typeName(x)}`);
  return x;
}

function stripChars(s: string, chars: unknown, where: "both" | "left" | "right"): string {
  if (!isNone(chars) && typeof chars !== "string") throw new TypeError(`${where === "both" ? "" : where === "left" ? "l" : "r"}strip arg must be None or str`);
  const set = isNone(chars) ? WHITESPACE : (chars as string);
  const cps = [...s];
  let i = 0;
  let j = cps.length;
  if (where !== "right") while (i < j && set.includes(cps[i]!)) i++;
  if (where !== "left") while (j > i && set.includes(cps[j - 1]!)) j--;
  return cps.slice(i, j).join("");
}

function split(s: string, sep: unknown, maxsplit: unknown, fromRight: boolean): string[] {
  const max = isNone(maxsplit) ? -1 : Number(asInt(maxsplit));
  if (isNone(sep)) return fromRight ? rsplitWhitespace(s, max) : splitWhitespace(s, max);
  if (typeof sep !== "string") throw new TypeError(`must be str or None, not ${typeName(sep)}`);
  const sp = sep;
  if (sp === "") throw new ValueError("empty separator");
  const parts = s.split(sp);
  if (max < 0 || parts.length <= max + 1) return parts;
  if (fromRight) return [parts.slice(0, parts.length - max).join(sp), ...parts.slice(parts.length - max)];
  return [...parts.slice(0, max), parts.slice(max).join(sp)];
}

const isWs = (c: string): boolean => WHITESPACE.includes(c);

// CPython's split_whitespace: after maxsplit pieces, the rest (leading whitespace skipped) is
// one piece, trailing whitespace included. All Python whitespace is in the BMP.
function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n && isWs(s[i]!)) i++;
  while (i < n && max !== 0) {
    let j = i;
    while (j < n && !isWs(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
    while (i < n && isWs(s[i]!)) i++;
    max--;
  }
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (i >= 0 && isWs(s[i]!)) i--;
  while (i >= 0 && max !== 0) {
    let j = i;
    while (j >= 0 && !isWs(s[j]!)) j--;
    out.unshift(s.slice(j + 1, i + 1));
    i = j;
    while (i >= 0 && isWs(s[i]!)) i--;
    max--;
  }
  if (i >= 0) out.unshift(s.slice(0, i + 1));
  return out;
}

// start/end arguments as code-point offsets resolved like slice indices.
function window(s: string, start: unknown, end: unknown): [string, number] {
  // The common call has no bounds: the whole string, without splitting it into code points.
  if (isNone(start) && isNone(end)) return [s, 0];
  // Without surrogate pairs, code-point offsets are UTF-16 offsets and the string is its own
  // code-point array.
  const cps: string | string[] = /[\ud800-\udfff]/.test(s) ? [...s] : s;
  const n = cps.length;
  const norm = (v: unknown, d: number): number => {
    if (isNone(v)) return d;
    let i = Number(asInt(v));
    if (i < 0) i += n;
    return Math.min(Math.max(i, 0), n);
  };
  const a = norm(start, 0);
  const b = norm(end, n);
  if (a > b) return ["", a];
  return [typeof cps === "string" ? cps.slice(a, b) : cps.slice(a, b).join(""), a];
}

function cpIndex(s: string, unitIndex: number): number {
  return strLength(s.slice(0, unitIndex));
}

function find(s: string, sub: unknown, start: unknown, end: unknown, fromRight: boolean): number {
  const needle = needStr(sub);
  const [w, offset] = window(s, start, end);
  if (!isNone(start) && Number(asInt(start)) > strLength(s) && needle === "") return -1;
  const i = fromRight ? w.lastIndexOf(needle) : w.indexOf(needle);
  return i < 0 ? -1 : offset + cpIndex(w, i);
}

function cased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

// Unicode titlecase mappings that differ from the uppercase one (JS has no toTitleCase):
// the Latin digraphs and the ligatures whose SpecialCasing title form is mixed case.
const TITLECASE: Record<string, string> = {
  "\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5", "\u01c7": "\u01c8", "\u01c8": "\u01c8", "\u01c9": "\u01c8",
  "\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb", "\u01f1": "\u01f2", "\u01f2": "\u01f2", "\u01f3": "\u01f2",
  "\u00df": "Ss", "\ufb00": "Ff", "\ufb01": "Fi", "\ufb02": "Fl", "\ufb03": "Ffi", "\ufb04": "Ffl", "\ufb05": "St", "\ufb06": "St",
  "\u0587": "\u0535\u0582", "\ufb13": "\u0544\u0576", "\ufb14": "\u0544\u0565", "\ufb15": "\u0544\u056b", "\ufb16": "\u054e\u0576", "\ufb17": "\u0544\u056d",
};

export const titlecase = (ch: string): string => TITLECASE[ch] ?? ch.toUpperCase();

// Full case folding, approximated per code point as lower(upper(c)): right for ß, the
// ligatures, final sigma, µ and the digraphs, which is what lower() alone gets wrong.
function casefold(s: string): string {
  let out = "";
  for (const ch of s) {
    const up = ch.toUpperCase();
    if (up === ch) out += ch.toLowerCase();
    else for (const u of up) out += u.toLowerCase();
  }
  return out;
}

function swapcase(s: string): string {
  let out = "";
  for (const ch of s) {
    if (/\p{Lu}/u.test(ch)) out += ch.toLowerCase();
    else if (/\p{Ll}/u.test(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

function title(s: string): string {
  let out = "";
  let prevCased = false;
  const cps = [...s];
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    if (cased(ch)) {
      // A capital sigma lowered at the end of a word takes the final form, as in lower().
      const sigma = ch === "\u03a3" ? (i + 1 < cps.length && cased(cps[i + 1]!) ? "\u03c3" : "\u03c2") : undefined;
      out += prevCased ? sigma ?? ch.toLowerCase() : titlecase(ch);
      prevCased = true;
    } else {
      out += ch;
      prevCased = /\p{Ll}|\p{Lu}|\p{Lt}/u.test(ch);
    }
  }
  return out;
}

function padded(s: string, width: unknown, fill: unknown, how: "center" | "ljust" | "rjust"): string {
  const w = Number(asInt(width));
  const f = isNone(fill) ? " " : needStr(fill, "The fill character ");
  if ([...f].length !== 1) throw new TypeError("The fill character must be exactly one character long");
  const n = strLength(s);
  if (w <= n) return s;
  const total = w - n;
  if (how === "ljust") return s + f.repeat(total);
  if (how === "rjust") return f.repeat(total) + s;
  // CPython's centering rule for where the odd extra fill character goes.
  const left = Math.floor(total / 2) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
}

function splitlines(s: string, keepends: unknown): string[] {
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(re)) {
    out.push(s.slice(last, keepends ? m.index! + m[0].length : m.index));
    last = m.index! + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

// CPython's tailmatch: an affix never matches a window shorter than itself, even "" when
// start lies past end (or past the string).
function affix(s: string, prefix: unknown, start: unknown, end: unknown, atEnd: boolean): boolean {
  const [w] = window(s, start, end);
  const n = strLength(s);
  const bound = (v: unknown, d: number, clampHigh: boolean): number => {
    if (isNone(v)) return d;
    const i = Number(asInt(v));
    if (i < 0) return Math.max(i + n, 0);
    return clampHigh ? Math.min(i, n) : i;
  };
  const room = bound(end, n, true) - bound(start, 0, false);
  const test = (p: unknown): boolean => {
    if (typeof p !== "string") {
      throw new TypeError(`${atEnd ? "endswith" : "startswith"} first arg must be str or a tuple of str, not ${typeName(p)}`);
    }
    if (room < strLength(p)) return false;
    return atEnd ? w.endsWith(p) : w.startsWith(p);
  };
  if (prefix instanceof PyTuple) return prefix.some((p) => typeof p === "string" ? test(p) : test(p));
  return test(prefix);
}

function joinable(iterable: unknown): Iterable<unknown> {
  try {
    return iter(iterable);
  } catch (e) {
    if (e instanceof TypeError) throw new TypeError("can only join an iterable");
    throw e;
  }
}

// str.translate: table[ord(c)] is a str, an int code point, or None (delete); a missing key
// (LookupError) keeps the character.
function strTranslate(s: string, table: unknown): string {
  let out = "";
  for (const c of s) {
    let v: unknown;
    try {
      v = getitem(table, c.codePointAt(0));
    } catch (e) {
      if (e instanceof LookupError) {
        out += c;
        continue;
      }
      throw e;
    }
    if (v === null || v === undefined) continue;
    if (typeof v === "string") out += v;
    else if (typeof v === "number") out += String.fromCodePoint(v);
    else throw new TypeError("character mapping must return integer, None or str");
  }
  return out;
}

// Keyword parameters of the methods above that take keywords (bound by callMethod).
export const strKeywords: Record<string, readonly string[]> = {
  split: ["sep", "maxsplit"],
  rsplit: ["sep", "maxsplit"],
  splitlines: ["keepends"],
  expandtabs: ["tabsize"],
};

const all = (s: string, re: RegExp): boolean => s.length > 0 && [...s].every((c) => re.test(c));

export const strMethods: Record<string, (s: string, ...args: unknown[]) => unknown> = {
  split: (s, sep = null, maxsplit = -1) => split(s, sep, maxsplit, false),
  rsplit: (s, sep = null, maxsplit = -1) => split(s, sep, maxsplit, true),
  strip: (s, chars = null) => stripChars(s, chars, "both"),
  lstrip: (s, chars = null) => stripChars(s, chars, "left"),
  rstrip: (s, chars = null) => stripChars(s, chars, "right"),
  join: (s, iterable) =>
    (Array.isArray(iterable) ? iterable : [...joinable(iterable)])
      .map((x, i) => {
        if (typeof x !== "string") throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
        return x;
      })
      .join(s),
  replace: (s, old, repl, count = -1) => {
    if (repl === undefined) throw new TypeError(`replace expected at least 2 arguments, got ${old === undefined ? 0 : 1}`);
    const o = needStr(old, "replace() argument 1 ");
    const r = needStr(repl, "replace() argument 2 ");
    let n = Number(asInt(count));
    if (n < 0 && o === "") return s === "" ? r : r + [...s].join(r) + r;
    if (n < 0) return s.split(o).join(r);
    if (o === "") {
      const cps = [...s];
      let out = "";
      for (let i = 0; i <= cps.length; i++) {
        if (n-- > 0) out += r;
        out += cps[i] ?? "";
      }
      return out;
    }
    let out = "";
    let rest = s;
    while (n-- > 0) {
      const i = rest.indexOf(o);
      if (i < 0) break;
      out += rest.slice(0, i) + r;
      rest = rest.slice(i + o.length);
    }
    return out + rest;
  },
  find: (s, sub, start = null, end = null) => find(s, sub, start, end, false),
  rfind: (s, sub, start = null, end = null) => find(s, sub, start, end, true),
  index: (s, sub, start = null, end = null) => {
    const i = find(s, sub, start, end, false);
    if (i < 0) throw new ValueError("substring not found");
    return i;
  },
  rindex: (s, sub, start = null, end = null) => {
    const i = find(s, sub, start, end, true);
    if (i < 0) throw new ValueError("substring not found");
    return i;
  },
  count: (s, sub, start = null, end = null) => {
    const needle = needStr(sub);
    const [w] = window(s, start, end);
    return needle === "" ? strLength(w) + 1 : w.split(needle).length - 1;
  },
  startswith: (s, p, start = null, end = null) => affix(s, p, start, end, false),
  endswith: (s, p, start = null, end = null) => affix(s, p, start, end, true),
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  casefold: (s) => casefold(s),
  title: (s) => title(s),
  capitalize: (s) => {
    const [first = "", ...rest] = [...s];
    return (first === "" ? "" : titlecase(first)) + rest.join("").toLowerCase();
  },
  swapcase: (s) => swapcase(s),
  center: (s, w, f = " ") => padded(s, w, f, "center"),
  ljust: (s, w, f = " ") => padded(s, w, f, "ljust"),
  rjust: (s, w, f = " ") => padded(s, w, f, "rjust"),
  zfill: (s, width) => {
    const wi = asInt(width);
    if (wi === undefined) throw new TypeError(`'${typeName(width)}' object cannot be interpreted as an integer`);
    const w = Number(wi);
    const n = strLength(s);
    if (n >= w) return s;
    const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
    return sign + "0".repeat(w - n) + s.slice(sign.length);
  },
  splitlines: (s, keepends = false) => splitlines(s, keepends),
  partition: (s, sep) => {
    const sp = needStr(sep);
    if (sp === "") throw new ValueError("empty separator");
    const i = s.indexOf(sp);
    return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.slice(0, i), sp, s.slice(i + sp.length));
  },
  rpartition: (s, sep) => {
    const sp = needStr(sep);
    if (sp === "") throw new ValueError("empty separator");
    const i = s.lastIndexOf(sp);
    return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.slice(0, i), sp, s.slice(i + sp.length));
  },
  removeprefix: (s, p) => (s.startsWith(needStr(p, "removeprefix() argument ")) ? s.slice((p as string).length) : s),
  removesuffix: (s, p) => (needStr(p, "removesuffix() argument ") !== "" && s.endsWith(p as string) ? s.slice(0, s.length - (p as string).length) : s),
  expandtabs: (s, tabsize = 8) => {
    const t = Number(asInt(tabsize));
    let col = 0;
    let out = "";
    for (const ch of s) {
      if (ch === "\t") {
        const n = t > 0 ? t - (col % t) : 0;
        out += " ".repeat(n);
        col += n;
      } else {
        out += ch;
        col = ch === "\n" || ch === "\r" ? 0 : col + 1;
      }
    }
    return out;
  },
  isdigit: (s) => all(s, /[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u24f5-\u24fd\u2776-\u277e]/u),
  isdecimal: (s) => all(s, /\p{Nd}/u),
  isnumeric: (s) => all(s, /\p{N}|[\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104]/u),
  isalpha: (s) => all(s, /\p{L}/u),
  isalnum: (s) => all(s, /[\p{L}\p{N}]/u),
  isspace: (s) => all(s, new RegExp(`[${WHITESPACE}]`, "u")),
  isascii: (s) => [...s].every((c) => c.codePointAt(0)! < 0x80),
  isprintable: (s) => ![...s].some((c) => c !== " " && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(c)),
  isidentifier: (s) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s),
  isupper: (s) => /\p{Lu}|\p{Lt}/u.test(s) && s === s.toUpperCase() && ![...s].some((c) => /\p{Ll}/u.test(c)),
  islower: (s) => /\p{Ll}/u.test(s) && ![...s].some((c) => /\p{Lu}|\p{Lt}/u.test(c)),
  istitle: (s) => /[\p{Lu}\p{Lt}]/u.test(s) && title(s) === s,
  encode: (s, ...args) => {
    const [pos, kw] = splitKwargs(args);
    const encoding = pos[0] ?? kw.encoding ?? "utf-8";
    const errors = pos[1] ?? kw.errors ?? "strict";
    if (typeof encoding !== "string") throw new TypeError(`encode() argument 'encoding' must be str, not ${typeName(encoding)}`);
    if (typeof errors !== "string") throw new TypeError(`encode() argument 'errors' must be str, not ${typeName(errors)}`);
    return encodeString(s, encoding, errors);
  },
  format: (s, ...args) => {
    const [pos, kw] = splitKwargs(args);
    return strFormat(s, pos, PyDict.fromRecord(kw));
  },
  format_map: (s, mapping) => strFormat(s, [], mapping),
  translate: (s, table) => strTranslate(s, table),
  __len__: (s) => strLength(s),
};
