// json: dumps/dump (./json/encoder.ts) and loads/load (./json/decoder.ts) with CPython's
// keyword arguments, output and errors.
import { PyBytes, TypeError, callMethod, decodeBytes, splitKwargs, truth, typeName } from "./builtins/index.js";
import { bind } from "./collections/bind.js";
import { encode, encodeOptions } from "./json/encoder.js";
import { decode, JSONDecodeError } from "./json/decoder.js";

export { JSONDecodeError };

const DUMP_KEYWORDS = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];

function dumpOptions(fname: string, keywords: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(keywords)) {
    if (!DUMP_KEYWORDS.includes(k)) throw new TypeError(`JSONEncoder.__init__() got an unexpected keyword argument '${k}'`);
  }
  if (keywords.cls !== undefined && keywords.cls !== null) throw new TypeError(`${fname}(cls=...) is not supported by py2ts`);
  return keywords;
}

export function dumps(...args: unknown[]): string {
  const [positional, keywords] = splitKwargs(args);
  if (positional.length !== 1) {
    throw new TypeError(positional.length === 0 ? "dumps() missing 1 required positional argument: 'obj'" : `dumps() takes 1 positional argument but ${positional.length} were given`);
  }
  return encode(positional[0], encodeOptions(dumpOptions("dumps", keywords)));
}

// CPython's dump() writes chunk by chunk; one write of the whole text leaves the same file.
export function dump(...args: unknown[]): unknown {
  const [positional, keywords] = splitKwargs(args);
  if (positional.length !== 2) {
    throw new TypeError(positional.length < 2 ? `dump() missing ${2 - positional.length} required positional argument${positional.length === 0 ? "s: 'obj' and 'fp'" : ": 'fp'"}` : `dump() takes 2 positional arguments but ${positional.length} were given`);
  }
  const text = encode(positional[0], encodeOptions(dumpOptions("dump", keywords)));
  const written = callMethod(positional[1], "write", text);
  return written instanceof Promise ? written.then(() => null) : null;
}

function loadOptions(keywords: Record<string, unknown>) {
  const allowed = ["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"];
  for (const k of Object.keys(keywords)) {
    if (!allowed.includes(k)) throw new TypeError(`JSONDecoder.__init__() got an unexpected keyword argument '${k}'`);
  }
  if (keywords.cls != null || keywords.parse_constant != null) throw new TypeError("loads(cls=, parse_constant=) are not supported by py2ts");
  return {
    objectHook: keywords.object_hook ?? null,
    objectPairsHook: keywords.object_pairs_hook ?? null,
    parseFloat: keywords.parse_float ?? null,
    parseInt: keywords.parse_int ?? null,
    strict: keywords.strict === undefined ? true : truth(keywords.strict),
  };
}

export function loads(...args: unknown[]): unknown {
  const [positional, keywords] = splitKwargs(args);
  const [s] = bind("loads(s)", positional);
  return decodeWith(s, keywords);
}

// A file's read() may block (a pipe): then load() is awaited and resolves to the value.
export function load(...args: unknown[]): unknown {
  const [positional, keywords] = splitKwargs(args);
  const [fp] = bind("load(fp)", positional);
  const content = callMethod(fp, "read");
  if (content instanceof Promise) return content.then((c) => decodeWith(c, keywords));
  return decodeWith(content, keywords);
}

function decodeWith(s: unknown, keywords: Record<string, unknown>): unknown {
  let text: string;
  if (typeof s === "string") {
    if (s.startsWith("\ufeff")) throw new JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
    text = s;
  } else if (s instanceof PyBytes) text = decodeBytes(s, "utf-8");
  else throw new TypeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  return decode(text, loadOptions(keywords));
}
