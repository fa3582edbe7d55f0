// Python rich comparison: ==, !=, <, <=, >, >= across builtin types, with CPython's TypeError
// for unordered pairs and user __eq__/__lt__… methods.
import { TypeError } from "./exception-classes.js";
import { compareValue } from "./num.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PySetBase } from "./set.js";
import { PyRange } from "./range.js";
import { PyBytes, PySlice } from "./bytes.js";
import { typeName } from "./typename.js";

export const NotImplemented: unique symbol = Symbol.for("py2ts.NotImplemented");

type Op = "<" | "<=" | ">" | ">=";
const REFLECT: Record<Op, Op> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
const DUNDER: Record<Op, string> = { "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__" };

function callDunder(obj: unknown, name: string, other: unknown): unknown {
  if (obj === null || typeof obj !== "object") return NotImplemented;
  const m = (obj as Record<string, unknown>)[name];
  return typeof m === "function" ? (m as (o: unknown) => unknown).call(obj, other) : NotImplemented;
}

export function eq(a: unknown, b: unknown): boolean {
  if (a === b && (typeof a !== "object" || a === null)) return typeof a !== "number" || !Number.isNaN(a);
  const na = compareValue(a);
  const nb = compareValue(b);
  if (na !== undefined && nb !== undefined) return na == nb;
  if (typeof a === "string" || typeof b === "string") return false;
  if (a == null || b == null) return eqDunder(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if ((a instanceof PyTuple) !== (b instanceof PyTuple) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !eq(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a.table.map.values()) {
      const e = b.table.get(k);
      if (!e || (e[1] !== v && !eq(v, e[1]))) return false;
    }
    return true;
  }
  if (a instanceof PySetBase && b instanceof PySetBase) {
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const n = a.length;
    return n === b.length && (n === 0 || (a.start === b.start && (n === 1 || a.step === b.step)));
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
  }
  if (a instanceof PySlice && b instanceof PySlice) {
    return eq(PyTuple.of(a.start, a.stop, a.step), PyTuple.of(b.start, b.stop, b.step));
  }
  return eqDunder(a, b);
}

function eqDunder(a: unknown, b: unknown): boolean {
  let r = callDunder(a, "__eq__", b);
  if (r === NotImplemented) r = callDunder(b, "__eq__", a);
  if (r === NotImplemented) return a === b || (a == null && b == null);
  return truthy(r);
}

/** Objects whose comparisons are elementwise (numpy arrays) carry this symbol: `a < b` is then
 *  the array __lt__ returned, as in Python, not a truth value. The static type stays boolean. */
const ELEMENTWISE = Symbol.for("py2ts.elementwiseComparison");

function truthy(r: unknown): boolean {
  if (r !== null && typeof r === "object" && ELEMENTWISE in r) return r as unknown as boolean;
  return r !== false && r !== 0 && r !== null && r !== undefined && r !== "";
}

export function ne(a: unknown, b: unknown): boolean {
  const r = callDunder(a, "__ne__", b);
  if (r !== NotImplemented) return truthy(r);
  return !eq(a, b);
}

// Code-point order; JS's < compares UTF-16 units, which misorders astral vs U+E000–U+FFFF.
function compareStr(a: string, b: string): number {
  if (!/[\ud800-\udfff]/.test(a + b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function holds(c: number, op: Op): boolean {
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
  }
}

function order(a: unknown, b: unknown, op: Op): boolean {
  const na = compareValue(a);
  const nb = compareValue(b);
  if (na !== undefined && nb !== undefined) {
    // NaN: every ordering is false; JS agrees.
    switch (op) {
      case "<":
        return na < nb;
      case "<=":
        return na <= nb;
      case ">":
        return na > nb;
      case ">=":
        return na >= nb;
    }
  }
  if (typeof a === "string" && typeof b === "string") return holds(compareStr(a, b), op);
  if (Array.isArray(a) && Array.isArray(b) && (a instanceof PyTuple) === (b instanceof PyTuple)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (a[i] === b[i] || eq(a[i], b[i])) continue;
      return order(a[i], b[i], op);
    }
    return holds(a.length - b.length, op);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return holds(compareStr(String.fromCharCode(...a.bytes), String.fromCharCode(...b.bytes)), op);
  }
  if (a instanceof PySetBase && b instanceof PySetBase) {
    switch (op) {
      case "<=":
        return a.issubset(b);
      case "<":
        return a.size < b.size && a.issubset(b);
      case ">=":
        return a.issuperset(b);
      case ">":
        return a.size > b.size && a.issuperset(b);
    }
  }
  let r = callDunder(a, DUNDER[op], b);
  if (r === NotImplemented) r = callDunder(b, DUNDER[REFLECT[op]], a);
  if (r !== NotImplemented) return truthy(r);
  throw new TypeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export const lt = (a: unknown, b: unknown): boolean => order(a, b, "<");
export const le = (a: unknown, b: unknown): boolean => order(a, b, "<=");
export const gt = (a: unknown, b: unknown): boolean => order(a, b, ">");
export const ge = (a: unknown, b: unknown): boolean => order(a, b, ">=");
export const is_ = (a: unknown, b: unknown): boolean => a === b || (a == null && b == null);
export const is_not = (a: unknown, b: unknown): boolean => !is_(a, b);
