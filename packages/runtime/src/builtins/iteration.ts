// iter()/next() bridging Python's protocol (__iter__/__next__, __getitem__ sequences) and JS
// iterators (arrays, generators, PyDict…).
import { IndexError, StopIteration, TypeError } from "./exception-classes.js";
import { typeName } from "./typename.js";

const NO_DEFAULT = Symbol("no default");

function isJsIterable(x: unknown): x is Iterable<unknown> {
  // Functions too: a class can be iterable (an Enum yields its members).
  return (typeof x === "string" || typeof x === "function" || (x !== null && typeof x === "object")) && typeof (x as Record<symbol, unknown>)[Symbol.iterator] === "function";
}

// A Python iterator object that is also a JS iterator.
export function* fromNext(obj: { __next__(): unknown }): Generator<unknown> {
  for (;;) {
    let v: unknown;
    try {
      v = obj.__next__();
    } catch (e) {
      if (e instanceof StopIteration) return;
      throw e;
    }
    yield v;
  }
}

export function* fromGetitem(obj: { __getitem__(i: number): unknown }): Generator<unknown> {
  for (let i = 0; ; i++) {
    let v: unknown;
    try {
      v = obj.__getitem__(i);
    } catch (e) {
      if (e instanceof IndexError || e instanceof StopIteration) return;
      throw e;
    }
    yield v;
  }
}

// The iterator type CPython gives each builtin container (type(iter([])).__name__ == "list_iterator").
const ITERATOR_TYPES: Readonly<Record<string, string>> = {
  list: "list_iterator", tuple: "tuple_iterator", range: "range_iterator", set: "set_iterator", frozenset: "set_iterator",
  dict: "dict_keyiterator", dict_keys: "dict_keyiterator", dict_values: "dict_valueiterator", dict_items: "dict_itemiterator",
  bytes: "bytes_iterator", bytearray: "bytearray_iterator",
};

function tagIterator<T extends object>(x: unknown, it: T): T {
  if (Object.hasOwn(it, "__pytype__") || !Object.isExtensible(it)) return it;
  const name = typeof x === "string" ? (/^[\x00-\x7f]*$/.test(x) ? "str_ascii_iterator" : "str_iterator") : ITERATOR_TYPES[typeName(x)];
  if (name !== undefined) Object.defineProperty(it, "__pytype__", { value: name });
  return it;
}

export function iter(x: unknown, sentinel: unknown = NO_DEFAULT): Iterator<unknown> & Iterable<unknown> {
  if (sentinel !== NO_DEFAULT) return callIter(x as () => unknown, sentinel);
  const o = x as Record<string, unknown> | null;
  if (o !== null && typeof o === "object" && typeof o.__iter__ === "function") {
    const it = (o.__iter__ as () => unknown).call(x);
    if (it !== null && typeof it === "object" && typeof (it as Record<symbol, unknown>)[Symbol.iterator] === "function") {
      return (it as Iterable<unknown>)[Symbol.iterator]() as Iterator<unknown> & Iterable<unknown>;
    }
    if (typeof (it as Record<string, unknown>)?.__next__ === "function") return fromNext(it as { __next__(): unknown });
    throw new TypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  if (isJsIterable(x)) return tagIterator(x, x[Symbol.iterator]() as Iterator<unknown> & Iterable<unknown>);
  if (o !== null && typeof o === "object" && typeof o.__next__ === "function") return fromNext(o as { __next__(): unknown });
  if (o !== null && typeof o === "object" && typeof o.__getitem__ === "function") return fromGetitem(o as { __getitem__(i: number): unknown });
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

function* callIter(fn: () => unknown, sentinel: unknown): Generator<unknown> {
  for (;;) {
    const v = fn();
    if (v === sentinel) return;
    yield v;
  }
}

export function next(it: unknown, dflt: unknown = NO_DEFAULT): any {
  const o = it as Record<string, unknown> | null;
  if (o !== null && typeof o === "object") {
    if (typeof o.__next__ === "function") {
      try {
        return (o.__next__ as () => unknown).call(it);
      } catch (e) {
        if (e instanceof StopIteration && dflt !== NO_DEFAULT) return dflt;
        throw e;
      }
    }
    if (typeof o.next === "function" && typeof (o as Record<symbol, unknown>)[Symbol.iterator] === "function") {
      const r = (o.next as () => IteratorResult<unknown>).call(it);
      if (!r.done) return r.value;
      if (dflt !== NO_DEFAULT) return dflt;
      throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
    }
  }
  throw new TypeError(`'${typeName(it)}' object is not an iterator`);
}
