// Subscription and membership: getitem/setitem/delitem/contains for builtin containers (str
// by code point, slices, negative indexes) and user __getitem__/__contains__.
import { IndexError, KeyError, TypeError, ValueError } from "./exception-classes.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PySetBase } from "./set.js";
import { PyRange } from "./range.js";
import { PyBytes, PySlice } from "./bytes.js";
import { eq } from "./compare.js";
import { asInt } from "./arith.js";
import { typeName } from "./typename.js";

const HAS_SURROGATE = /[\ud800-\udfff]/;

export function codePoints(s: string): string[] {
  return [...s];
}

export function strLength(s: string): number {
  if (!HAS_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function sliceIndices(slice: PySlice, length: number): number[] {
  if (slice.step !== null && slice.step !== undefined && Number(asInt(slice.step)) === 0) {
    throw new ValueError("slice step cannot be zero");
  }
  const [start, stop, step] = slice.indices(length);
  const out: number[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
  else for (let i = start; i > stop; i += step) out.push(i);
  return out;
}

function indexOf(key: unknown, length: number, what: string, options: { assign?: boolean; bareRange?: boolean } = {}): number {
  const i = asInt(key);
  if (i === undefined) {
    const idx = (key as { __index__?: () => unknown })?.__index__;
    if (typeof idx === "function") return indexOf(idx.call(key), length, what, options);
    const name = what === "string" ? "string indices must be integers, not" : `${what} indices must be integers or slices, not`;
    throw new TypeError(what === "string" ? `${name} '${typeName(key)}'` : `${name} ${typeName(key)}`);
  }
  const n = Number(i);
  const j = n < 0 ? n + length : n;
  if (j < 0 || j >= length) throw new IndexError(options.bareRange ? "index out of range" : `${what} ${options.assign ? "assignment " : ""}index out of range`);
  return j;
}

function dunder(obj: unknown, name: string): ((...a: unknown[]) => unknown) | undefined {
  if (obj === null || typeof obj !== "object") return undefined;
  const m = (obj as Record<string, unknown>)[name];
  return typeof m === "function" ? (m as (...a: unknown[]) => unknown).bind(obj) : undefined;
}

export function getitem(obj: unknown, key: unknown): any {
  if (typeof obj === "string") {
    const cps = HAS_SURROGATE.test(obj) ? codePoints(obj) : obj;
    if (key instanceof PySlice) return sliceIndices(key, cps.length).map((i) => cps[i]).join("");
    return cps[indexOf(key, cps.length, "string")];
  }
  if (Array.isArray(obj)) {
    const what = obj instanceof PyTuple ? "tuple" : "list";
    if (key instanceof PySlice) {
      const items = sliceIndices(key, obj.length).map((i) => obj[i]);
      return obj instanceof PyTuple ? PyTuple.fromIterable(items) : items;
    }
    if (obj.constructor === Array || obj instanceof PyTuple) return obj[indexOf(key, obj.length, what)];
  }
  if (obj instanceof PyDict) {
    const entry = obj.table.get(key);
    if (entry) return entry[1];
    const missing = dunder(obj, "__missing__");
    if (missing) return missing(key);
    throw new KeyError(key);
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) {
      const [start, stop, step] = key.indices(obj.length) as unknown as [number, number, number];
      return obj.subRange(start, stop, step);
    }
    // An int indexes without len(), which a range beyond ssize_t does not have.
    if (typeof key === "bigint" || (typeof key === "number" && Number.isInteger(key))) return obj.at(key);
    return obj.at(indexOf(key, obj.length, "range object"));
  }
  // (A bytearray has its own __getitem__.)
  if (obj instanceof PyBytes && obj.constructor === PyBytes) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceIndices(key, obj.length).map((i) => obj.bytes[i]!)));
    // CPython: "byte indices must be integers or slices", but a bare "index out of range".
    const i = indexOf(key, obj.length, "byte", { bareRange: true });
    return obj.bytes[i];
  }
  const m = dunder(obj, "__getitem__");
  if (m) return m(key);
  // Subscripting a class: Enum's metaclass __getitem__ (Color["RED"]), or __class_getitem__.
  const classItem = typeof obj === "function" ? (obj as { __class_getitem__?: unknown }).__class_getitem__ : undefined;
  if (typeof classItem === "function") return classItem.call(obj, key);
  throw new TypeError(`'${typeName(obj)}' object is not subscriptable`);
}

export function setitem(obj: unknown, key: unknown, value: unknown): void {
  if (Array.isArray(obj) && obj.constructor === Array) {
    if (key instanceof PySlice) return setSlice(obj, key, value);
    obj[indexOf(key, obj.length, "list", { assign: true })] = value;
    return;
  }
  if (obj instanceof PyDict) return void obj.table.set(key, value);
  const m = dunder(obj, "__setitem__");
  if (m) return void m(key, value);
  throw new TypeError(`'${typeName(obj)}' object does not support item assignment`);
}

function setSlice(list: unknown[], slice: PySlice, value: unknown): void {
  if (value === null || value === undefined || typeof value !== "object" && typeof value !== "string" || !(Symbol.iterator in Object(value))) {
    throw new TypeError(slice.step == null ? "can only assign an iterable" : "must assign iterable to extended slice");
  }
  const items = [...(value as Iterable<unknown>)];
  if (slice.step === null || slice.step === undefined || Number(slice.step) === 1) {
    const [start, stop] = slice.indices(list.length);
    list.splice(start, Math.max(0, stop - start), ...items);
    return;
  }
  const idx = sliceIndices(slice, list.length);
  if (idx.length !== items.length) {
    throw new ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
  }
  idx.forEach((i, k) => (list[i] = items[k]));
}

export function delitem(obj: unknown, key: unknown): void {
  if (Array.isArray(obj) && obj.constructor === Array) {
    if (key instanceof PySlice) {
      const idx = sliceIndices(key, obj.length).sort((a, b) => b - a);
      for (const i of idx) obj.splice(i, 1);
      return;
    }
    obj.splice(indexOf(key, obj.length, "list", { assign: true }), 1);
    return;
  }
  if (obj instanceof PyDict) return obj.__delitem__(key);
  const m = dunder(obj, "__delitem__");
  if (m) return void m(key);
  throw new TypeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

// operator.contains(container, item), i.e. `item in container`.
export function contains(container: unknown, item: unknown): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") throw new TypeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((x) => x === item || eq(x, item));
  if (container instanceof PySetBase) return container.has(item);
  if (container instanceof PyDict) return container.table.get(item) !== undefined;
  if (container instanceof PyRange) return container.has(item);
  if (container instanceof PyBytes) {
    const i = asInt(item);
    if (i !== undefined) return container.bytes.includes(Number(i));
    if (item instanceof PyBytes) return String.fromCharCode(...container.bytes).includes(String.fromCharCode(...item.bytes));
    throw new TypeError(`a bytes-like object is required, not '${typeName(item)}'`);
  }
  const m = dunder(container, "__contains__");
  if (m) return Boolean(m(item));
  // A class is iterable when its metaclass is (Enum: `Color.RED in Color`).
  if (container !== null && (typeof container === "object" || typeof container === "function") && Symbol.iterator in container) {
    for (const x of container as Iterable<unknown>) if (x === item || eq(x, item)) return true;
    return false;
  }
  const gi = dunder(container, "__getitem__");
  if (gi) {
    for (let i = 0; ; i++) {
      let x: unknown;
      try {
        x = gi(i);
      } catch (e) {
        if (e instanceof IndexError) return false;
        throw e;
      }
      if (x === item || eq(x, item)) return true;
    }
  }
  throw new TypeError(`argument of type '${typeName(container)}' is not iterable`);
}
