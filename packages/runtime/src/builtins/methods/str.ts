// str methods with Python's semantics (code points, Python's whitespace set, None defaults).
import { TypeError, ValueError } from "../exception-classes.js";
import { PyTuple } from "../tuple.js";
import { asInt } from "../arith.js";
import { strLength } from "../items.js";
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
  const cps = [...s];
  const n = cps.length;
  const norm = (v: unknown, d: number): number => {
    if (isNone(v)) return d;
    let i = Number(asInt(v));
    if (i < 0) i += n;
    return Math.min(Math.max(i, 0), n);
  };
  const a = norm(start, 0);
  const b = norm(end, n);
  return [a <= b ? cps.slice(a, b).join("") : "", a];
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

function title(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    if (cased(ch)) {
      out += prevCased ? ch.toLowerCase() : ch.toUpperCase();
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

function affix(s: string, prefix: unknown, start: unknown, end: unknown, atEnd: boolean): boolean {
  const [w] = window(s, start, end);
  const test = (p: unknown): boolean => {
    if (typeof p !== "string") {
      throw new TypeError(`${atEnd ? "endswith" : "startswith"} first arg must be str or a tuple of str, not ${typeName(p)}`);
    }
    return atEnd ? w.endsWith(p) : w.startsWith(p);
  };
  if (prefix instanceof PyTuple) return prefix.some((p) => typeof p === "string" ? test(p) : test(p));
  return test(prefix);
}

const all = (s: string, re: RegExp): boolean => s.length > 0 && [...s].every((c) => re.test(c));

export const strMethods: Record<string, (s: string, ...args: unknown[]) => unknown> = {
  split: (s, sep = null, maxsplit = -1) => split(s, sep, maxsplit, false),
  rsplit: (s, sep = null, maxsplit = -1) => split(s, sep, maxsplit, true),
  strip: (s, chars = null) => stripChars(s, chars, "both"),
  lstrip: (s, chars = null) => stripChars(s, chars, "left"),
  rstrip: (s, chars = null) => stripChars(s, chars, "right"),
  join: (s, iterable) =>
    [...iter(iterable)]
      .map((x, i) => {
        if (typeof x !== "string") throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
        return x;
      })
      .join(s),
  replace: (s, old, repl, count = -1) => {
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
  casefold: (s) => s.toLowerCase().replace(/ß/g, "ss"),
  title: (s) => title(s),
  capitalize: (s) => {
    const [first = "", ...rest] = [...s];
    return first.toUpperCase() + rest.join("").toLowerCase();
  },
  swapcase: (s) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(""),
  center: (s, w, f = " ") => padded(s, w, f, "center"),
  ljust: (s, w, f = " ") => padded(s, w, f, "ljust"),
  rjust: (s, w, f = " ") => padded(s, w, f, "rjust"),
  zfill: (s, width) => {
    const w = Number(asInt(width));
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
    return encodeString(s, (pos[0] ?? kw.encoding ?? "utf-8") as string, (pos[1] ?? kw.errors ?? "strict") as string);
  },
  format: (s, ...args) => {
    const [pos, kw] = splitKwargs(args);
    return strFormat(s, pos, PyDict.fromRecord(kw));
  },
  format_map: (s, mapping) => strFormat(s, [], mapping),
  __len__: (s) => strLength(s),
};
