// format(value, spec): the format-spec mini-language for int, float, str and bool, objects
// with __format__, and CPython's error messages.
import { TypeError, ValueError, OverflowError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { str } from "./repr.js";
import { typeName } from "./typename.js";
import { expNotation, fixedDigits, generalNotation, shortestRepr } from "./floatfmt.js";
import { bigintToDecimal } from "./int-digits.js";

export type FormatSpec = {
  fill: string;
  align: "<" | ">" | "=" | "^" | undefined;
  sign: "+" | "-" | " " | undefined;
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number | undefined;
  grouping: "," | "_" | undefined;
  precision: number | undefined;
  type: string;
};

const SPEC_RE = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?(.)?$/su;

// Parsed specs by text: a program formats with a handful of specs, many times over. Callers
// never mutate a spec (they spread it), so one object may serve every use.
const parsedSpecs = new Map<string, FormatSpec>();

export function parseSpec(spec: string, typeName = ""): FormatSpec {
  let parsed = parsedSpecs.get(spec);
  if (parsed === undefined) {
    parsed = parseSpecText(spec, typeName);
    if (parsedSpecs.size >= 1024) parsedSpecs.clear();
    parsedSpecs.set(spec, parsed);
  }
  return parsed;
}

function parseSpecText(spec: string, typeName: string): FormatSpec {
  const m = SPEC_RE.exec(spec);
  if (!m) {
    if (/\.(?!\d)/.test(spec)) throw new ValueError("Format specifier missing precision");
    throw new ValueError(typeName ? `Invalid format specifier '${spec}' for object of type '${typeName}'` : "Invalid format specifier");
  }
  return Object.freeze({
    fill: m[1] ?? (m[6] && !m[2] ? "0" : " "),
    align: (m[2] ?? (m[6] && !m[1] ? "=" : undefined)) as FormatSpec["align"],
    sign: m[3] as FormatSpec["sign"],
    z: m[4] !== undefined,
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] !== undefined ? Number(m[7]) : undefined,
    grouping: m[8] as FormatSpec["grouping"],
    precision: m[9] !== undefined ? Number(m[9]) : undefined,
    type: m[10] ?? "",
  });
}

function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// Pads `body` (with `prefix` = sign and 0x-style prefix) to the width; '=' pads between them.
export function pad(prefix: string, body: string, spec: FormatSpec, defaultAlign: "<" | ">"): string {
  const width = spec.width ?? 0;
  const len = cpLen(prefix) + cpLen(body);
  if (len >= width) return prefix + body;
  const n = width - len;
  const fill = spec.fill.repeat(n);
  switch (spec.align ?? defaultAlign) {
    case "<":
      return prefix + body + fill;
    case ">":
      return fill + prefix + body;
    case "^": {
      const left = Math.floor(n / 2);
      return spec.fill.repeat(left) + prefix + body + spec.fill.repeat(n - left);
    }
    case "=":
      return prefix + fill + body;
  }
}

// Inserts separators every `every` digits into the integer part; with '0' padding and '='
// alignment the zeros are grouped too, as CPython does.
function group(intPart: string, sep: string | undefined, every: number, minWidth: number): string {
  if (!sep) return intPart.padStart(minWidth, "0");
  let digits = intPart;
  const out: string[] = [];
  while (digits.length > every) {
    out.unshift(digits.slice(-every));
    digits = digits.slice(0, -every);
  }
  out.unshift(digits);
  let s = out.join(sep);
  while (s.length < minWidth) {
    const groupLen = s.split(sep)[0]!.length;
    s = groupLen >= every ? `0${sep}${s}` : `0${s}`;
  }
  if (s.startsWith(sep)) s = "0" + s;
  return s;
}

function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return "-";
  return spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
}

function unknownCode(type: string, value: unknown): never {
  throw new ValueError(`Unknown format code '${type}' for object of type '${typeName(value)}'`);
}

export function formatInt(value: number | bigint | boolean, spec: FormatSpec): string {
  const v = typeof value === "bigint" ? value : BigInt(Number(value));
  const t = spec.type;
  if ("eEfFgG%".includes(t) && t !== "") return formatFloat(Number(v), spec, value);
  if (!"dbcoxXn".includes(t) && t !== "") unknownCode(t, value);
  if (spec.precision !== undefined) throw new ValueError("Precision not allowed in integer format specifier");
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (t === "c") {
    if (spec.sign) throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0n || v > 0x10ffffn) {
      if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) throw new OverflowError("Python int too large to convert to C long");
      throw new OverflowError("%c arg not in range(0x110000)");
    }
    return pad("", String.fromCodePoint(Number(v)), spec, ">");
  }
  if (spec.grouping === "," && "bcoxXn".includes(t) && t !== "") throw new ValueError("Cannot specify ',' with '" + t + "'.");
  const radix = t === "b" ? 2 : t === "o" ? 8 : t === "x" || t === "X" ? 16 : 10;
  let digits = radix === 10 ? bigintToDecimal(v < 0n ? -v : v) : (v < 0n ? -v : v).toString(radix);
  if (t === "X") digits = digits.toUpperCase();
  const base = spec.alt && radix !== 10 ? `0${t === "X" ? "X" : t}` : "";
  const prefix = signOf(v < 0n, spec) + base;
  const every = radix === 10 ? 3 : 4;
  const zeroWidth = spec.align === "=" && spec.fill === "0" && spec.width ? spec.width - prefix.length : 0;
  if (spec.align === "=" && spec.fill === "0") return prefix + group(digits, spec.grouping, every, zeroWidth);
  return pad(prefix, group(digits, spec.grouping, every, 0), spec, ">");
}

export function formatFloat(x: number, spec: FormatSpec, original: unknown = x): string {
  let t = spec.type;
  if (!"eEfFgGn%".includes(t) && t !== "") unknownCode(t, original);
  let v = x;
  if (t === "%") v *= 100;
  let negative = v < 0 || Object.is(v, -0);
  const upper = t === "E" || t === "F" || t === "G";
  let body: string;
  if (!Number.isFinite(v)) {
    body = Number.isNaN(v) ? "nan" : "inf";
    if (Number.isNaN(v)) negative = false;
    if (upper) body = body.toUpperCase();
    if (t === "%") body += "%";
  } else {
    const a = Math.abs(v);
    const p = spec.precision;
    switch (t) {
      case "e":
      case "E":
        body = expNotation(a, p ?? 6, { upper, alt: spec.alt });
        break;
      case "f":
      case "F":
      case "%":
        body = fixedDigits(a, p ?? 6);
        if (spec.alt && !body.includes(".")) body += ".";
        if (t === "%") body += "%";
        break;
      case "g":
      case "G":
      case "n":
        body = generalNotation(a, p ?? 6, { upper, alt: spec.alt });
        break;
      default:
        body = p === undefined ? shortestRepr(a) : generalNotation(a, p, { alt: spec.alt, noneType: true });
    }
    // 'z' turns a negative zero result (after rounding) into a positive one.
    if (spec.z && negative && !/[1-9]/.test(body.replace(/e[+-]\d+$/i, ""))) negative = false;
  }
  const prefix = signOf(negative, spec);
  const [intPart, rest] = splitNumber(body);
  if (spec.align === "=" && spec.fill === "0" && Number.isFinite(v)) {
    const width = (spec.width ?? 0) - prefix.length - cpLen(rest);
    return prefix + group(intPart, spec.grouping, 3, width) + rest;
  }
  return pad(prefix, group(intPart, spec.grouping, 3, 0) + rest, spec, ">");
}

function splitNumber(body: string): [string, string] {
  const m = /^(\d*)(.*)$/s.exec(body)!;
  return [m[1]!, m[2]!];
}

export function formatStr(s: string, spec: FormatSpec): string {
  if (spec.type !== "" && spec.type !== "s") unknownCode(spec.type, s);
  if (spec.sign === " ") throw new ValueError("Space not allowed in string format specifier");
  if (spec.sign) throw new ValueError("Sign not allowed in string format specifier");
  if (spec.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.grouping) throw new ValueError(`Cannot specify '${spec.grouping}' with 's'.`);
  // A bare '0' flag only picks the fill for strings; an explicit '=' is an error.
  if (spec.align === "=" && !(spec.zero && spec.fill === "0")) throw new ValueError("'=' alignment not allowed in string format specifier");
  if (spec.align === "=") spec = { ...spec, align: "<" };
  const body = spec.precision !== undefined ? [...s].slice(0, spec.precision).join("") : s;
  return pad("", body, spec, "<");
}

export function format(value: unknown, spec: unknown = ""): string {
  if (typeof spec !== "string") throw new TypeError(`format() argument 2 must be str, not ${typeName(spec)}`);
  const custom = (value as { __format__?: unknown } | null)?.__format__;
  if (value !== null && typeof value === "object" && typeof custom === "function") {
    const r = custom.call(value, spec);
    if (typeof r !== "string") throw new TypeError(`__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  if (typeof value === "string") return formatStr(value, parseSpec(spec, "str"));
  if (typeof value === "boolean" && spec === "") return value ? "True" : "False";
  if (typeof value === "number" && Number.isInteger(value)) return formatInt(value, parseSpec(spec, "int"));
  if (typeof value === "bigint" || typeof value === "boolean") return formatInt(value, parseSpec(spec, typeof value === "boolean" ? "bool" : "int"));
  if (value instanceof PyFloat) return formatFloat(value.value, parseSpec(spec, "float"), value);
  if (typeof value === "number") return formatFloat(value, parseSpec(spec, "float"), new PyFloat(value));
  if (spec === "") return str(value);
  throw new TypeError(`unsupported format string passed to ${typeName(value)}.__format__`);
}
