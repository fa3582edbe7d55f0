// Attributes of the builtin type objects themselves: unbound methods (`str.lower`, used as a
// sort key) and the class-level constructors (str.maketrans, bytes.fromhex, int.from_bytes,
// float.fromhex).
import { OverflowError, TypeError, ValueError } from "../exception-classes.js";
import { PyBytes } from "../bytes.js";
import { PyDict } from "../dict.js";
import { PyFloat } from "../float.js";
import { splitKwargs } from "../call.js";
import { normInt } from "../num.js";
import { typeName } from "../typename.js";
import { bytes, float, int, list, str, tuple } from "../types.js";
import { strMethods } from "./str.js";
import { bytesFromhex, bytesMaketrans, bytesMethods, latin1 } from "./bytes.js";
import { floatMethods, intMethods, listMethods, tupleMethods } from "./containers.js";

type Method = (self: never, ...args: unknown[]) => unknown;

function strMaketrans(x: unknown, y?: unknown, z?: unknown): PyDict {
  const out = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw new TypeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.items()) {
      if (typeof k === "string") {
        if ([...k].length !== 1) throw new ValueError("string keys in translate table must be of length 1");
        out.set(k.codePointAt(0), v);
      } else if (typeof k === "number") out.set(k, v);
      else throw new TypeError("keys in translate table must be strings or integers");
    }
    return out;
  }
  if (typeof x !== "string" || typeof y !== "string") throw new TypeError("maketrans() argument 1 must be str, not " + typeName(typeof x !== "string" ? x : y));
  const a = [...x];
  const b = [...y];
  if (a.length !== b.length) throw new ValueError("the first two maketrans arguments must have equal length");
  a.forEach((c, i) => out.set(c.codePointAt(0), b[i]!.codePointAt(0)));
  if (z !== undefined) {
    if (typeof z !== "string") throw new TypeError(`maketrans() argument 3 must be str, not ${typeName(z)}`);
    for (const c of z) out.set(c.codePointAt(0), null);
  }
  return out;
}

function intFromBytes(...args: unknown[]): number | bigint {
  const [pos, kw] = splitKwargs(args);
  const data = pos[0] ?? kw.bytes;
  const order = pos[1] ?? kw.byteorder ?? "big";
  const raw = data instanceof PyBytes ? data.bytes : Uint8Array.from(data as Iterable<number>);
  const ordered = order === "little" ? [...raw].reverse() : [...raw];
  if (order !== "big" && order !== "little") throw new ValueError("byteorder must be either 'little' or 'big'");
  let v = 0n;
  for (const b of ordered) v = (v << 8n) | BigInt(b);
  if (kw.signed && ordered.length > 0 && ordered[0]! >= 0x80) v -= 1n << BigInt(8 * ordered.length);
  return normInt(v);
}

function floatFromhex(s: unknown): PyFloat {
  if (typeof s !== "string") throw new TypeError(`bad argument type for built-in operation`);
  const t = s.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (special) return new PyFloat(special[2] === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity);
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(t);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new ValueError("invalid hexadecimal floating-point string");
  const digits = m[2]! + (m[3] ?? "");
  const exp = Number(m[4] ?? 0) - 4 * (m[3] ?? "").length;
  let v = Number(BigInt("0x" + (digits || "0")));
  // Scale in steps so an intermediate power of two never overflows or underflows early.
  let e = exp;
  while (e > 0) {
    const step = Math.min(e, 1000);
    v *= 2 ** step;
    e -= step;
  }
  while (e < 0) {
    const step = Math.max(e, -1000);
    v *= 2 ** step;
    e -= step;
  }
  if (!Number.isFinite(v)) throw new OverflowError("hexadecimal value too large to represent as a float");
  return new PyFloat(m[1] === "-" ? -v : v);
}

// Built on first use: this module sits in an import cycle with types.ts.
let statics: Map<unknown, Record<string, unknown>> | undefined;
let tables: Map<unknown, Record<string, Method>> | undefined;

function staticsMap(): Map<unknown, Record<string, unknown>> {
  return (statics ??= new Map<unknown, Record<string, unknown>>([
  [str, { maketrans: strMaketrans }],
  [bytes, { fromhex: bytesFromhex, maketrans: bytesMaketrans }],
  [int, { from_bytes: intFromBytes }],
  [float, { fromhex: floatFromhex }],
  ]));
}

function tablesMap(): Map<unknown, Record<string, Method>> {
  return (tables ??= new Map<unknown, Record<string, Method>>([
  [str, strMethods as Record<string, Method>],
  [bytes, bytesMethods as Record<string, Method>],
  [int, intMethods as Record<string, Method>],
  [float, floatMethods as Record<string, Method>],
  [list, listMethods as Record<string, Method>],
  [tuple, tupleMethods as Record<string, Method>],
  ]));
}

// `str.lower` → a function of (self, ...args) that checks self's type as a descriptor does.
export function builtinTypeAttribute(type: unknown, name: string, call: (self: unknown, name: string, args: unknown[]) => unknown): { value: unknown } | undefined {
  const own = staticsMap().get(type);
  if (own && name in own) return { value: own[name] };
  const table = tablesMap().get(type);
  if (!table || !Object.hasOwn(table, name) || name.startsWith("__")) return undefined;
  const typeObj = type as { __name__: string; __instancecheck__: (x: unknown) => boolean };
  const unbound = (self: unknown, ...args: unknown[]): unknown => {
    if (!typeObj.__instancecheck__(self)) {
      throw new TypeError(`descriptor '${name}' for '${typeObj.__name__}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return call(self, name, args);
  };
  Object.defineProperty(unbound, "name", { value: name });
  return { value: unbound };
}

export { latin1 };
