// repr(), str() and ascii() for every runtime value, exactly as CPython 3.11 prints them.
import { pyClassModule, pyClassName, pyClassQualname } from "./classname.js";
import { PyFloat } from "./float.js";
import { bigintToDecimal } from "./int-digits.js";
import { PyTuple } from "./tuple.js";
import { PyDict, DictItems, DictKeys, DictValues } from "./dict.js";
import { PyFrozenSet, PySet } from "./set.js";
import { PyRange } from "./range.js";
import { PyBytes, PySlice } from "./bytes.js";
import { objectId } from "./hash.js";

// Containers being printed right now: a cycle prints as [...] / {...} (CPython's Py_ReprEnter).
const active = new Set<object>();

// CPython's float repr: shortest round-trip digits (which JS also computes), shown in fixed
// notation when the decimal exponent is in [-4, 16), else as d.ddde±XX.
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mant, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mant.replace(".", "");
  const exp = Number(expText);
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
    const frac = digits.slice(exp + 1);
    return `${sign}${intPart}.${frac === "" ? "0" : frac}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
  return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hexEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

export function strRepr(s: string, options: { ascii?: boolean } = {}): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += hexEscape(cp);
    else if (cp < 0x7f) out += ch;
    else if (options.ascii || NON_PRINTABLE.test(ch)) out += hexEscape(cp);
    else out += ch;
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    else if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (x < 0x20 || x >= 0x7f) out += `\\x${x.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

// bytearray_repr: as bytes, but a single quote is escaped even inside double quotes.
function byteArrayRepr(x: PyBytes): string {
  const inner = bytesRepr(x.bytes);
  return `${pyClassName(x.constructor)}(${inner.startsWith('b"') ? inner.replace(/'/g, "\\'") : inner})`;
}

function guarded(obj: object, recursive: string, body: () => string): string {
  if (active.has(obj)) return recursive;
  active.add(obj);
  try {
    return body();
  } finally {
    active.delete(obj);
  }
}

function isPyClass(f: object): boolean {
  return Object.hasOwn(f, "__module__") || /^class[\s{]/.test(Function.prototype.toString.call(f));
}

function objectRepr(x: object): string {
  const custom = (x as { __repr__?: unknown }).__repr__;
  if (typeof custom === "function") return String(custom.call(x));
  const tag = (x as { __pytype__?: unknown }).__pytype__;
  if (typeof tag === "string") return `<${tag} object at 0x${objectId(x).toString(16)}>`;
  const cls = x.constructor;
  const mod = pyClassModule(cls);
  const where = `at 0x${objectId(x).toString(16)}`;
  return `<${mod}.${pyClassQualname(cls)} object ${where}>`;
}

export function repr(x: unknown): string {
  switch (typeof x) {
    case "string":
      return strRepr(x);
    case "number":
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case "bigint":
      return bigintToDecimal(x);
    case "boolean":
      return x ? "True" : "False";
    case "undefined":
      return "None";
    case "symbol":
      return x === Symbol.for("py2ts.NotImplemented") ? "NotImplemented" : String(x.description);
    case "function":
      return functionRepr(x);
  }
  if (x === null) return "None";
  // A float subclass with its own __repr__ (numpy.float64) shows it.
  if (x instanceof PyFloat && !customRepr(x)) return floatRepr(x.value);
  if (x instanceof PyTuple && !customRepr(x)) {
    if (x.length === 1) return guarded(x, "(...)", () => `(${repr(x[0])},)`);
    return guarded(x, "(...)", () => `(${x.map(repr).join(", ")})`);
  }
  // Plain lists and user subclasses of list without their own __repr__.
  if (Array.isArray(x) && !customRepr(x)) return guarded(x, "[...]", () => `[${Array.from(x, (v) => repr(v)).join(", ")}]`);
  if (x instanceof PyDict && !Object.hasOwn(x, "__repr__") && (x.constructor === PyDict || !customRepr(x))) {
    return guarded(x, "{...}", () => {
      const parts: string[] = [];
      for (const [k, v] of x.table.map.values()) parts.push(`${repr(k)}: ${repr(v)}`);
      return `{${parts.join(", ")}}`;
    });
  }
  if (x instanceof PySet || x instanceof PyFrozenSet) {
    const name = x instanceof PySet ? "set" : "frozenset";
    if (x.size === 0) return `${name}()`;
    return guarded(x, `${name}(...)`, () => {
      const body = `{${[...x].map(repr).join(", ")}}`;
      return x instanceof PySet ? body : `frozenset(${body})`;
    });
  }
  if (x instanceof PyRange) return x.step === 1 ? `range(${x.start}, ${x.stop})` : `range(${x.start}, ${x.stop}, ${x.step})`;
  if (x instanceof PyBytes) return x.constructor === PyBytes ? bytesRepr(x.bytes) : byteArrayRepr(x);
  if (x instanceof PySlice) return `slice(${repr(x.start)}, ${repr(x.stop)}, ${repr(x.step)})`;
  if (x instanceof DictKeys || x instanceof DictValues || x instanceof DictItems) {
    const name = x instanceof DictKeys ? "dict_keys" : x instanceof DictValues ? "dict_values" : "dict_items";
    return guarded(x.dict, "{...}", () => `${name}([${[...(x as Iterable<unknown>)].map(repr).join(", ")}])`);
  }
  return objectRepr(x as object);
}

function customRepr(x: object): boolean {
  return typeof (x as { __repr__?: unknown }).__repr__ === "function";
}

function functionRepr(f: Function): string {
  if (isPyClass(f)) {
    const mod = pyClassModule(f);
    const qual = pyClassQualname(f);
    return mod === "builtins" ? `<class '${qual}'>` : `<class '${mod}.${qual}'>`;
  }
  const custom = (f as { __repr__?: unknown }).__repr__;
  if (typeof custom === "function" && Object.hasOwn(f, "__repr__")) return String(custom.call(f));
  const qual = (f as { __qualname__?: string }).__qualname__ ?? (f.name === "" ? "<lambda>" : f.name);
  if ((f as { __builtin__?: boolean }).__builtin__) return `<built-in function ${qual}>`;
  return `<function ${qual} at 0x${objectId(f).toString(16)}>`;
}

export function str(x: unknown): string {
  if (typeof x === "string") return x;
  if (x !== null && typeof x === "object") {
    const custom = (x as { __str__?: unknown }).__str__;
    if (typeof custom === "function") return String(custom.call(x));
  }
  return repr(x);
}

export function ascii(x: unknown): string {
  const r = repr(x);
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : hexEscape(cp);
  }
  return out;
}
