// collections.Counter: a PyDict whose missing keys count 0, following Lib/collections/__init__.py
// (most_common's stable order, repr through most_common, multiset operators dropping counts <= 0).
import { PyDict, PyTuple, TypeError, splitKwargs, add, sub, lt, gt, repr, pySort, iter, NotImplementedError } from "../builtins/index.js";
import { nameClass } from "./bind.js";

function isMapping(x: unknown): x is PyDict | { keys(): Iterable<unknown>; __getitem__(k: unknown): unknown } {
  if (x instanceof PyDict) return true;
  const o = x as { keys?: unknown; __getitem__?: unknown } | null;
  return o !== null && typeof o === "object" && typeof o.keys === "function" && typeof o.__getitem__ === "function";
}

function mappingEntries(m: PyDict | { keys(): Iterable<unknown>; __getitem__(k: unknown): unknown }): [unknown, unknown][] {
  if (m instanceof PyDict) return [...m.table.map.values()].map(([k, v]) => [k, v]);
  return [...m.keys()].map((k) => [k, m.__getitem__(k)]);
}

function tooManyArgs(method: string, given: number): never {
  throw new TypeError(`Counter.${method}() takes from 1 to 2 positional arguments but ${given + 1} were given`);
}

export class Counter extends PyDict {

  constructor(...args: unknown[]) {
    super();
    this.update(...args);
  }

  __missing__(_key: unknown): number {
    return 0;
  }

  total(): unknown {
    let t: unknown = 0;
    for (const [, v] of this.table.map.values()) t = add(t, v);
    return t;
  }

  /** The items by descending count; ties keep insertion order (sorted() is stable). */
  most_common(n: unknown = null): PyTuple[] {
    const items = [...this.table.map.values()].map(([k, v]) => PyTuple.of(k, v));
    pySort(items, { key: (t: PyTuple) => t[1], reverse: true });
    if (n === null || n === undefined) return items;
    const count = Math.max(0, Number(n));
    return items.slice(0, count);
  }

  *elements(): Generator<unknown> {
    for (const [k, v] of [...this.table.map.values()]) {
      for (let i = 0; i < Number(v); i++) yield k;
    }
  }

  override update(...args: unknown[]): void {
    this.combine(args, "update", add);
  }

  subtract(...args: unknown[]): void {
    this.combine(args, "subtract", sub);
  }

  private combine(args: unknown[], method: string, op: (a: unknown, b: unknown) => unknown): void {
    const [positional, keywords] = splitKwargs(args);
    if (positional.length > 1) tooManyArgs(method, positional.length);
    const other = positional[0];
    if (other !== undefined && other !== null) {
      if (isMapping(other)) {
        for (const [k, v] of mappingEntries(other)) {
          const cur = this.table.get(k);
          // update() on an empty Counter from a mapping copies values as they are (CPython's fast path).
          this.table.set(k, cur ? op(cur[1], v) : op(0, v));
        }
      } else {
        for (const k of iter(other)) {
          const cur = this.table.get(k);
          this.table.set(k, op(cur ? cur[1] : 0, 1));
        }
      }
    }
    for (const [k, v] of Object.entries(keywords)) {
      const cur = this.table.get(k);
      this.table.set(k, op(cur ? cur[1] : 0, v));
    }
  }

  override copy(): Counter {
    const c = new Counter();
    for (const [k, v] of this.table.map.values()) c.table.set(k, v);
    return c;
  }

  override __delitem__(key: unknown): void {
    // Like dict's, but a missing key is not an error.
    this.table.delete(key);
  }

  __repr__(): string {
    if (this.size === 0) return "Counter()";
    let parts: string[];
    try {
      parts = this.most_common().map((t) => `${repr(t[0])}: ${repr(t[1])}`);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      parts = [...this.table.map.values()].map(([k, v]) => `${repr(k)}: ${repr(v)}`);
    }
    return `Counter({${parts.join(", ")}})`;
  }

  __add__(other: unknown): unknown {
    return this.binary(other, add, { keepOther: true });
  }

  __sub__(other: unknown): unknown {
    if (!(other instanceof Counter)) return Symbol.for("py2ts.NotImplemented");
    const result = new Counter();
    for (const [k, v] of this.table.map.values()) {
      const o = other.table.get(k);
      const n = sub(v, o ? o[1] : 0);
      if (gt(n, 0)) result.table.set(k, n);
    }
    for (const [k, v] of other.table.map.values()) {
      if (!this.table.get(k) && lt(v, 0)) result.table.set(k, sub(0, v));
    }
    return result;
  }

  __or__(other: unknown): unknown {
    return this.binary(other, (a, b) => (lt(a, b) ? b : a), { keepOther: true });
  }

  __and__(other: unknown): unknown {
    return this.binary(other, (a, b) => (lt(a, b) ? a : b), { keepOther: false });
  }

  __pos__(): Counter {
    return this.unary((v) => v);
  }

  __neg__(): Counter {
    return this.unary((v) => sub(0, v));
  }

  private unary(f: (v: unknown) => unknown): Counter {
    const result = new Counter();
    for (const [k, v] of this.table.map.values()) {
      const n = f(v);
      if (gt(n, 0)) result.table.set(k, n);
    }
    return result;
  }

  // `+`, `|`, `&`: elements of self first, then (for + and |) the other's new ones; only
  // positive results are kept.
  private binary(other: unknown, op: (a: unknown, b: unknown) => unknown, options: { keepOther: boolean }): unknown {
    if (!(other instanceof Counter)) return Symbol.for("py2ts.NotImplemented");
    const result = new Counter();
    for (const [k, v] of this.table.map.values()) {
      const o = other.table.get(k);
      if (!o && !options.keepOther) continue;
      const n = o ? op(v, o[1]) : op(v, 0);
      if (gt(n, 0)) result.table.set(k, n);
    }
    if (options.keepOther) {
      for (const [k, v] of other.table.map.values()) {
        if (!this.table.get(k) && gt(v, 0)) result.table.set(k, v);
      }
    }
    return result;
  }

  __iadd__(other: unknown): Counter {
    for (const [k, v] of (other as Counter).table.map.values()) {
      const cur = this.table.get(k);
      this.table.set(k, add(cur ? cur[1] : 0, v));
    }
    return this.keepPositive();
  }

  __isub__(other: unknown): Counter {
    for (const [k, v] of (other as Counter).table.map.values()) {
      const cur = this.table.get(k);
      this.table.set(k, sub(cur ? cur[1] : 0, v));
    }
    return this.keepPositive();
  }

  private keepPositive(): Counter {
    for (const [k, v] of [...this.table.map.values()]) if (!gt(v, 0)) this.table.delete(k);
    return this;
  }

  static override fromkeys(): never {
    throw new NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  }
}
nameClass(Counter, "Counter", "collections");
