// json.dumps as Lib/json/encoder.py writes it: the same separators and indentation, float
// repr, key coercion and error messages.
import {
  PyDict, PyTuple, PyFloat, TypeError, ValueError, callFunction, floatRepr, truth, pySort, typeName, iter,
} from "../builtins/index.js";

export interface EncodeOptions {
  readonly skipkeys: boolean;
  readonly ensureAscii: boolean;
  readonly checkCircular: boolean;
  readonly allowNan: boolean;
  readonly indent: string | null;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  readonly default: unknown;
  readonly sortKeys: boolean;
}

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function hex4(n: number): string {
  return "\\u" + n.toString(16).padStart(4, "0");
}

export function encodeString(s: string, options: { ensureAscii: boolean }): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const esc = ESCAPES[ch];
    if (esc) out += esc;
    else if (code < 0x20) out += hex4(code);
    // A JS string is UTF-16 already: an astral character is the surrogate pair Python emits.
    else if (options.ensureAscii && code > 0x7e) out += hex4(code);
    else out += ch;
  }
  return out + '"';
}

function floatText(x: number, options: EncodeOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!options.allowNan) throw new ValueError(`Out of range float values are not JSON compliant`);
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function isInt(x: unknown): x is number | bigint {
  return (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint";
}

function keyText(k: unknown, options: EncodeOptions): string | undefined {
  if (typeof k === "string") return k;
  if (k instanceof PyFloat) return floatText(k.value, options);
  if (typeof k === "number" && !Number.isInteger(k)) return floatText(k, options);
  if (k === true) return "true";
  if (k === false) return "false";
  if (k === null || k === undefined) return "null";
  if (isInt(k)) return String(k);
  if (options.skipkeys) return undefined;
  throw new TypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

export function encode(value: unknown, options: EncodeOptions): string {
  const markers = new Set<object>();
  const enter = (o: object) => {
    if (!options.checkCircular) return;
    if (markers.has(o)) throw new ValueError("Circular reference detected");
    markers.add(o);
  };
  const leave = (o: object) => markers.delete(o);

  const walk = (o: unknown, level: number): string => {
    if (typeof o === "string") return encodeString(o, options);
    if (o === null || o === undefined) return "null";
    if (o === true) return "true";
    if (o === false) return "false";
    if (isInt(o)) return String(o);
    if (o instanceof PyFloat) return floatText(o.value, options);
    if (typeof o === "number") return floatText(o, options);
    if (Array.isArray(o)) return walkList(o, level);
    if (o instanceof PyDict) return walkDict(o, level);
    if (options.default === null) throw new TypeError(`Object of type ${typeName(o)} is not JSON serializable`);
    enter(o as object);
    const replaced = walk(callFunction(options.default, [o]), level);
    leave(o as object);
    return replaced;
  };

  const layout = (parts: string[], level: number, open: string, close: string): string => {
    if (options.indent === null) return open + parts.join(options.itemSeparator) + close;
    const inner = "\n" + options.indent.repeat(level + 1);
    return open + inner + parts.join(options.itemSeparator + inner) + "\n" + options.indent.repeat(level) + close;
  };

  const walkList = (list: unknown[], level: number): string => {
    if (list.length === 0) return "[]";
    enter(list);
    const parts = list.map((x) => walk(x, level + 1));
    leave(list);
    return layout(parts, level, "[", "]");
  };

  const walkDict = (dict: PyDict, level: number): string => {
    if (dict.size === 0) return "{}";
    enter(dict);
    let items = [...dict.table.map.values()].map(([k, v]) => PyTuple.of(k, v));
    if (options.sortKeys) pySort(items);
    const parts: string[] = [];
    for (const [k, v] of items) {
      const key = keyText(k, options);
      if (key === undefined) continue;
      parts.push(encodeString(key, options) + options.keySeparator + walk(v, level + 1));
    }
    items = [];
    leave(dict);
    return layout(parts, level, "{", "}");
  };

  return walk(value, 0);
}

export function encodeOptions(raw: Record<string, unknown>): EncodeOptions {
  const flag = (name: string, dflt: boolean) => (raw[name] === undefined ? dflt : truth(raw[name]));
  let indent: string | null = null;
  const indentArg = raw.indent;
  if (indentArg !== undefined && indentArg !== null) {
    indent = typeof indentArg === "string" ? indentArg : " ".repeat(Math.max(0, Number(indentArg)));
  }
  let itemSeparator = indent === null ? ", " : ",";
  let keySeparator = ": ";
  if (raw.separators !== undefined && raw.separators !== null) {
    const seps = [...iter(raw.separators)];
    if (seps.length !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
    [itemSeparator, keySeparator] = seps as [string, string];
  }
  return {
    skipkeys: flag("skipkeys", false),
    ensureAscii: flag("ensure_ascii", true),
    checkCircular: flag("check_circular", true),
    allowNan: flag("allow_nan", true),
    indent,
    itemSeparator,
    keySeparator,
    default: raw.default ?? null,
    sortKeys: flag("sort_keys", false),
  };
}
