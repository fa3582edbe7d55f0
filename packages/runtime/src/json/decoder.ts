// json.loads as CPython's scanner reads it: NaN/Infinity accepted, big ints exact, and a
// JSONDecodeError whose message, pos, lineno and colno count code points as Python's do.
import { PyDict, PyTuple, PyFloat, ValueError, callFunction, toInt } from "../builtins/index.js";
import { nameClass } from "../collections/bind.js";

export class JSONDecodeError extends ValueError {
  declare msg: string;
  declare doc: string;
  declare pos: number;
  declare lineno: number;
  declare colno: number;

  override __init__(...args: unknown[]): void {
    const [msg, doc, pos] = args as [string, string, number];
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    const cps = [...doc];
    const head = cps.slice(0, pos);
    this.lineno = head.filter((c) => c === "\n").length + 1;
    const lastNl = head.lastIndexOf("\n");
    this.colno = pos - lastNl;
    super.__init__(`${msg}: line ${this.lineno} column ${this.colno} (char ${pos})`);
  }
}
nameClass(JSONDecodeError, "JSONDecodeError", "json.decoder");

export interface DecodeOptions {
  readonly objectHook: unknown;
  readonly objectPairsHook: unknown;
  readonly parseFloat: unknown;
  readonly parseInt: unknown;
  readonly strict: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

export function decode(s: string, options: DecodeOptions): unknown {
  // Positions are UTF-16 offsets while parsing, converted to code points when raising.
  const fail = (msg: string, at: number): never => {
    throw new JSONDecodeError(msg, s, [...s.slice(0, at)].length);
  };
  const skip = (at: number): number => {
    WS.lastIndex = at;
    WS.exec(s);
    return WS.lastIndex;
  };

  const scanString = (begin: number): [string, number] => {
    let out = "";
    let i = begin;
    for (;;) {
      let j = i;
      while (j < s.length && s[j] !== '"' && s[j] !== "\\" && !(options.strict && s.charCodeAt(j) < 0x20)) j++;
      out += s.slice(i, j);
      if (j >= s.length) fail("Unterminated string starting at", begin - 1);
      const ch = s[j]!;
      if (ch === '"') return [out, j + 1];
      if (ch !== "\\") fail("Invalid control character at", j);
      const esc = s[j + 1];
      if (esc === undefined) fail("Unterminated string starting at", begin - 1);
      if (esc !== "u") {
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        const v = simple[esc!];
        if (v === undefined) fail("Invalid \\escape", j);
        out += v;
        i = j + 2;
        continue;
      }
      const unit = (at: number): number => {
        const hex = s.slice(at, at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("Invalid \\uXXXX escape", at - 1);
        return parseInt(hex, 16);
      };
      let code = unit(j + 2);
      i = j + 6;
      if (code >= 0xd800 && code <= 0xdbff && s[i] === "\\" && s[i + 1] === "u") {
        const low = unit(i + 2);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 6;
        }
      }
      out += String.fromCodePoint(code);
    }
  };

  const scanValue = (at: number): [unknown, number] => {
    const ch = s[at];
    if (ch === '"') return scanString(at + 1);
    if (ch === "{") return scanObject(at + 1);
    if (ch === "[") return scanArray(at + 1);
    if (s.startsWith("null", at)) return [null, at + 4];
    if (s.startsWith("true", at)) return [true, at + 4];
    if (s.startsWith("false", at)) return [false, at + 5];
    if (s.startsWith("NaN", at)) return [new PyFloat(NaN), at + 3];
    if (s.startsWith("Infinity", at)) return [new PyFloat(Infinity), at + 8];
    if (s.startsWith("-Infinity", at)) return [new PyFloat(-Infinity), at + 9];
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(s);
    if (!m) return fail("Expecting value", at);
    const text = m[0];
    const end = at + text.length;
    if (m[1] !== undefined || m[2] !== undefined) {
      return [options.parseFloat !== null ? callFunction(options.parseFloat, [text]) : new PyFloat(Number(text)), end];
    }
    return [options.parseInt !== null ? callFunction(options.parseInt, [text]) : toInt(text), end];
  };

  const scanArray = (at: number): [unknown, number] => {
    const items: unknown[] = [];
    let i = skip(at);
    if (s[i] === "]") return [items, i + 1];
    for (;;) {
      const [v, end] = scanValue(i);
      items.push(v);
      i = skip(end);
      if (s[i] === "]") return [items, i + 1];
      if (s[i] !== ",") fail("Expecting ',' delimiter", i);
      i = skip(i + 1);
    }
  };

  const scanObject = (at: number): [unknown, number] => {
    const pairs: PyTuple[] = [];
    let i = skip(at);
    const finish = (end: number): [unknown, number] => {
      if (options.objectPairsHook !== null) return [callFunction(options.objectPairsHook, [pairs]), end];
      const d = new PyDict(pairs.map((p) => [p[0], p[1]] as const));
      return [options.objectHook !== null ? callFunction(options.objectHook, [d]) : d, end];
    };
    if (s[i] === "}") return finish(i + 1);
    for (;;) {
      if (s[i] !== '"') fail("Expecting property name enclosed in double quotes", i);
      const [key, afterKey] = scanString(i + 1);
      i = skip(afterKey);
      if (s[i] !== ":") fail("Expecting ':' delimiter", i);
      i = skip(i + 1);
      const [v, end] = scanValue(i);
      pairs.push(PyTuple.of(key, v));
      i = skip(end);
      if (s[i] === "}") return finish(i + 1);
      if (s[i] !== ",") fail("Expecting ',' delimiter", i);
      i = skip(i + 1);
    }
  };

  const [value, end] = scanValue(skip(0));
  const rest = skip(end);
  if (rest !== s.length) fail("Extra data", rest);
  return value;
}
