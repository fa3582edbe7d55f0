// Builtin functions over iterables: len, min, max, sum, sorted, reversed, enumerate, zip, map,
// filter, any, all. Keyword arguments arrive as a trailing Kwargs (see call.ts).
import { TypeError, ValueError } from "./exception-classes.js";
import { splitKwargs, callFunction } from "./call.js";
import { PyTuple } from "./tuple.js";
import { PyDict, reversedDict } from "./dict.js";
import { PyRange } from "./range.js";
import { lt } from "./compare.js";
import { add } from "./arith.js";
import { truth } from "./truth.js";
import { iter } from "./iteration.js";
import { pySort } from "./sort.js";
import { strLength } from "./items.js";
import { typeName } from "./typename.js";

// Tags a builtin iterator so type() and repr() name it as CPython does (<map object at 0x…>).
function tagged<T extends object>(name: string, it: T): T {
  Object.defineProperty(it, "__pytype__", { value: name });
  return it;
}

function keywordsOf(fname: string, args: unknown[], allowed: string[]): [unknown[], Record<string, unknown>] {
  const [positional, keywords] = splitKwargs(args);
  for (const k of Object.keys(keywords)) {
    if (!allowed.includes(k)) throw new TypeError(`${fname}() got an unexpected keyword argument '${k}'`);
  }
  return [positional, keywords];
}

export function len(x: unknown): number {
  if (typeof x === "string") return strLength(x);
  if (Array.isArray(x)) return x.length;
  const m = (x as { __len__?: unknown } | null)?.__len__;
  // A class with a static __len__ is one whose metaclass defines it (Enum: len(Color)).
  if (x !== null && (typeof x === "object" || typeof x === "function") && typeof m === "function") {
    const n = m.call(x);
    if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean") {
      throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    }
    if (Number(n) < 0) throw new ValueError("__len__() should return >= 0");
    return Number(n);
  }
  throw new TypeError(`object of type '${typeName(x)}' has no len()`);
}

function minmax(name: "min" | "max", args: unknown[]): unknown {
  const [positional, kw] = keywordsOf(name, args, ["key", "default"]);
  if (positional.length === 0) throw new TypeError(`${name} expected at least 1 argument, got 0`);
  if (positional.length > 1 && "default" in kw) {
    throw new TypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const items = positional.length === 1 ? iter(positional[0]) : positional;
  const key = kw.key ?? null;
  let best: unknown;
  let bestKey: unknown;
  let first = true;
  for (const item of items) {
    const k = key === null ? item : callFunction(key, [item]);
    if (first) {
      [best, bestKey, first] = [item, k, false];
    } else if (name === "min" ? lt(k, bestKey) : lt(bestKey, k)) {
      [best, bestKey] = [item, k];
    }
  }
  if (first) {
    if ("default" in kw) return kw.default;
    throw new ValueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

export const min = (...args: unknown[]): unknown => minmax("min", args);
export const max = (...args: unknown[]): unknown => minmax("max", args);

export function sum(...args: unknown[]): any {
  const [positional, kw] = keywordsOf("sum", args, ["start"]);
  if (positional.length === 0) throw new TypeError("sum() takes at least 1 positional argument (0 given)");
  let acc = positional.length > 1 ? positional[1] : "start" in kw ? kw.start : 0;
  if (typeof acc === "string") throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof Uint8Array || typeName(acc) === "bytes") throw new TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  for (const x of iter(positional[0])) acc = add(acc, x);
  return acc;
}

export function sorted(...args: unknown[]): unknown[] {
  const [positional, kw] = keywordsOf("sorted", args, ["key", "reverse"]);
  if (positional.length !== 1) {
    throw new TypeError(`sorted expected 1 argument, got ${positional.length}`);
  }
  const items = [...iter(positional[0])];
  pySort(items, { key: kw.key, reverse: kw.reverse });
  return items;
}

// reversed(): a sequence's own __reversed__ (list, dict and its views, user classes), else
// CPython's generic `reversed` object over __len__ and __getitem__ (str, tuple, user sequences).
export function reversed(seq: unknown): Iterator<unknown> & Iterable<unknown> {
  const m = (seq as { __reversed__?: unknown } | null)?.__reversed__;
  if (seq !== null && typeof seq === "object" && typeof m === "function") return iter(m.call(seq));
  if (typeof seq === "string") return tagged("reversed", [...seq].reverse()[Symbol.iterator]());
  if (Array.isArray(seq)) {
    return tagged(seq instanceof PyTuple ? "reversed" : "list_reverseiterator", (function* () {
      for (let i = seq.length - 1; i >= 0; i--) if (i < seq.length) yield seq[i];
    })());
  }
  if (seq instanceof PyDict) return reversedDict(seq);
  if (seq instanceof PyRange) return tagged("range_iterator", [...seq].reverse()[Symbol.iterator]());
  const gi = (seq as { __getitem__?: unknown } | null)?.__getitem__;
  if (typeof gi === "function" && typeof (seq as { __len__?: unknown }).__len__ === "function") {
    const n = len(seq);
    return tagged("reversed", (function* () {
      for (let i = n - 1; i >= 0; i--) yield gi.call(seq, i);
    })());
  }
  throw new TypeError(`'${typeName(seq)}' object is not reversible`);
}

// Arguments are checked at the call, as CPython does; only the iteration is lazy.
export function enumerate(...args: unknown[]): Generator<PyTuple> {
  const [positional, kw] = keywordsOf("enumerate", args, ["start", "iterable"]);
  const it = iter(positional[0] ?? kw.iterable);
  return tagged("enumerate", enumerateGen(it, (positional[1] ?? kw.start ?? 0) as number | bigint));
}

function* enumerateGen(it: Iterable<unknown>, start: number | bigint): Generator<PyTuple> {
  let i = start;
  for (const x of it) {
    yield PyTuple.of<unknown>(i, x);
    i = add(i, 1) as number | bigint;
  }
}

export function zip(...args: unknown[]): Generator<PyTuple> {
  const [positional, kw] = keywordsOf("zip", args, ["strict"]);
  const iters = positional.map((x) => iter(x));
  const strict = kw.strict !== undefined && truth(kw.strict);
  return tagged("zip", (function* () {
    if (iters.length === 0) return;
    for (;;) {
      const row: unknown[] = [];
      for (let i = 0; i < iters.length; i++) {
        const r = iters[i]!.next();
        if (r.done) {
          if (strict) {
            if (i > 0) throw new ValueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : `-${i}`}`);
            for (let j = 1; j < iters.length; j++) {
              if (!iters[j]!.next().done) throw new ValueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : `-${j}`}`);
            }
          }
          return;
        }
        row.push(r.value);
      }
      yield PyTuple.fromIterable(row);
    }
  })());
}

export function map(fn: unknown, ...iterables: unknown[]): Generator<unknown> {
  if (iterables.length === 0) throw new TypeError("map() must have at least two arguments.");
  return tagged("map", mapGen(fn, iterables.map((x) => iter(x))));
}

function* mapGen(fn: unknown, iters: Iterator<unknown>[]): Generator<unknown> {
  for (;;) {
    const row: unknown[] = [];
    for (const it of iters) {
      const r = it.next();
      if (r.done) return;
      row.push(r.value);
    }
    yield callFunction(fn, row);
  }
}

export function filter(fn: unknown, iterable: unknown): Generator<unknown> {
  return tagged("filter", filterGen(fn, iter(iterable)));
}

function* filterGen(fn: unknown, it: Iterable<unknown>): Generator<unknown> {
  for (const x of it) {
    if (fn === null || fn === undefined ? truth(x) : truth(callFunction(fn, [x]))) yield x;
  }
}

export function any(iterable: unknown): boolean {
  for (const x of iter(iterable)) if (truth(x)) return true;
  return false;
}

export function all(iterable: unknown): boolean {
  for (const x of iter(iterable)) if (!truth(x)) return false;
  return true;
}
