// complex(real=0, imag=0) and complex(string), as complex_new / complex_from_string_inner in
// Objects/complexobject.c (3.11): arguments, their errors, and the string grammar.
import { TypeError, ValueError } from "./exception-classes.js";
import { splitKwargs } from "./call.js";
import { toFloat } from "./numparse.js";
import { PyFloat } from "./float.js";
import { PyComplex } from "./complex.js";
import { strRepr } from "./repr.js";
import { typeName } from "./typename.js";

export function complexNew(...args: unknown[]): PyComplex {
  const [positional, keywords] = splitKwargs(args);
  const names = Object.keys(keywords);
  if (positional.length + names.length > 2) {
    throw new TypeError(positional.length === 0 ? `complex() takes at most 2 keyword arguments (${names.length} given)` : `complex() takes at most 2 arguments (${positional.length + names.length} given)`);
  }
  for (const name of names) if (name !== "real" && name !== "imag") throw new TypeError(`complex() got an unexpected keyword argument '${name}'`);
  const hasReal = positional.length > 0 || "real" in keywords;
  const hasImag = positional.length > 1 || "imag" in keywords;
  const real = positional.length > 0 ? positional[0] : keywords.real;
  const imag = positional.length > 1 ? positional[1] : keywords.imag;
  if (typeof real === "string") {
    if (hasImag) throw new TypeError("complex() can't take second arg if first is a string");
    return parseComplex(real);
  }
  if (typeof imag === "string") throw new TypeError("complex() second arg can't be a string");
  if (real instanceof PyComplex && !hasImag) return real;
  const [r, realIsComplex] = hasReal ? asPart(real, "first argument must be a string or a number") : [new PyComplex(0, 0), false];
  if (!hasImag) return new PyComplex(r.re, r.im);
  const [i, imagIsComplex] = asPart(imag, "second argument must be a number");
  // real + imag*1j, part by part, adding only the parts that were complex (so signed zeros stay).
  return new PyComplex(imagIsComplex ? r.re - i.im : r.re, realIsComplex ? i.re + r.im : i.re);
}

// A complex as is (or from __complex__), else float(x) with imaginary part 0; and which it was.
function asPart(x: unknown, what: string): [PyComplex, boolean] {
  if (x instanceof PyComplex) return [x, true];
  const hook = (x as { __complex__?: unknown } | null)?.__complex__;
  if (typeof hook === "function") {
    const z = hook.call(x);
    if (!(z instanceof PyComplex)) throw new TypeError(`__complex__ returned non-complex (type ${typeName(z)})`);
    return [z, true];
  }
  const numeric = typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || x instanceof PyFloat
    || typeof (x as { __float__?: unknown } | null)?.__float__ === "function" || typeof (x as { __index__?: unknown } | null)?.__index__ === "function";
  if (!numeric) throw new TypeError(`complex() ${what}, not '${typeName(x)}'`);
  return [new PyComplex(toFloat(x).value, 0), false];
}

const FLOAT = String.raw`(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|inf(?:inity)?|nan)`;
// [real] [±imag j] | [±][imag] j, whitespace only at the ends and inside the parentheses.
const COMPLEX_RE = new RegExp(String.raw`^(?:([+-]?${FLOAT})(?:([+-])(${FLOAT})?j)?|([+-]?)(${FLOAT})?j)$`, "i");

function number(text: string): number {
  const t = text.toLowerCase().replace(/^\+/, "");
  const negative = t.startsWith("-");
  const body = negative ? t.slice(1) : t;
  const value = body.startsWith("inf") ? Infinity : body === "nan" ? NaN : Number(body);
  return negative ? -value : value;
}

function parseComplex(text: string): PyComplex {
  // _Py_string_to_number_with_underscores: an underscore only between two digits.
  if (text.includes("_")) {
    if (/(?<!\d)_|_(?!\d)/.test(text)) throw new ValueError(`could not convert string to complex: ${strRepr(text)}`);
    text = text.replace(/_/g, "");
  }
  let s = text.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const m = COMPLEX_RE.exec(s);
  if (!m) throw new ValueError("complex() arg is a malformed string");
  if (m[1] !== undefined) {
    const re = number(m[1]);
    if (m[2] === undefined) return new PyComplex(re, 0);
    const im = m[3] === undefined ? 1 : number(m[3]);
    return new PyComplex(re, m[2] === "-" ? -im : im);
  }
  const im = m[5] === undefined ? 1 : number(m[5]);
  return new PyComplex(0, m[4] === "-" ? -im : im);
}
