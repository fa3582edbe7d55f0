// collections.deque on a JS array: a bounded deque drops from the opposite end on overflow,
// as CPython's does; messages follow Modules/_collectionsmodule.c.
import { IndexError, ValueError, TypeError, eq, repr, iter, asInt, typeName } from "../builtins/index.js";
import { bind, nameClass } from "./bind.js";

export class deque {
  static readonly __name__ = "deque";
  private items: unknown[] = [];
  readonly maxlen: number | null;

  constructor(...args: unknown[]) {
    const [iterable, maxlen] = bind("deque(iterable=, maxlen=)", args);
    if (maxlen === undefined || maxlen === null) this.maxlen = null;
    else {
      if (typeof maxlen !== "number" && typeof maxlen !== "bigint") throw new TypeError(`an integer is required`);
      if (Number(maxlen) < 0) throw new ValueError("maxlen must be non-negative");
      this.maxlen = Number(maxlen);
    }
    if (iterable !== undefined && iterable !== null) this.extend(iterable);
  }

  append(x: unknown): void {
    this.items.push(x);
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.shift();
  }

  appendleft(x: unknown): void {
    this.items.unshift(x);
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.pop();
  }

  pop(): unknown {
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.pop();
  }

  popleft(): unknown {
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.shift();
  }

  extend(iterable: unknown): void {
    // Materialized first so that d.extend(d) works.
    for (const x of [...iter(iterable)]) this.append(x);
  }

  extendleft(iterable: unknown): void {
    for (const x of [...iter(iterable)]) this.appendleft(x);
  }

  rotate(n: unknown = 1): void {
    const len = this.items.length;
    if (len <= 1) return;
    let k = Number(asInt(n)) % len;
    if (k < 0) k += len;
    if (k === 0) return;
    this.items = [...this.items.slice(len - k), ...this.items.slice(0, len - k)];
  }

  clear(): void {
    this.items = [];
  }

  copy(): deque {
    return new deque(this.items, this.maxlen);
  }

  count(x: unknown): number {
    return this.items.filter((y) => y === x || eq(y, x)).length;
  }

  index(x: unknown, start: unknown = 0, stop: unknown = this.items.length): number {
    const len = this.items.length;
    let a = Number(start);
    let b = Number(stop);
    if (a < 0) a = Math.max(0, a + len);
    if (b < 0) b = Math.max(0, b + len);
    for (let i = a; i < Math.min(b, len); i++) if (eq(this.items[i], x)) return i;
    throw new ValueError(`${repr(x)} is not in deque`);
  }

  insert(i: unknown, x: unknown): void {
    if (this.maxlen !== null && this.items.length >= this.maxlen) throw new IndexError("deque already at its maximum size");
    const len = this.items.length;
    let k = Number(asInt(i));
    if (k < 0) k = Math.max(0, k + len);
    this.items.splice(Math.min(k, len), 0, x);
  }

  remove(x: unknown): void {
    const i = this.items.findIndex((y) => eq(y, x));
    if (i < 0) throw new ValueError(`${repr(x)} is not in deque`);
    this.items.splice(i, 1);
  }

  reverse(): void {
    this.items.reverse();
  }

  private position(i: unknown): number {
    if (typeof i !== "number" && typeof i !== "bigint" && typeof i !== "boolean") {
      throw new TypeError(`sequence index must be integer, not '${typeName(i)}'`);
    }
    let k = Number(i);
    if (k < 0) k += this.items.length;
    if (k < 0 || k >= this.items.length) throw new IndexError("deque index out of range");
    return k;
  }

  __getitem__(i: unknown): unknown {
    return this.items[this.position(i)];
  }

  __setitem__(i: unknown, x: unknown): void {
    this.items[this.position(i)] = x;
  }

  __delitem__(i: unknown): void {
    this.items.splice(this.position(i), 1);
  }

  __len__(): number {
    return this.items.length;
  }

  __contains__(x: unknown): boolean {
    return this.items.some((y) => y === x || eq(y, x));
  }

  __eq__(other: unknown): unknown {
    if (!(other instanceof deque)) return Symbol.for("py2ts.NotImplemented");
    return other.items.length === this.items.length && this.items.every((x, i) => eq(x, other.items[i]));
  }

  __iadd__(other: unknown): deque {
    this.extend(other);
    return this;
  }

  __reversed__(): Iterator<unknown> {
    return [...this.items].reverse()[Symbol.iterator]();
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }

  __repr__(): string {
    const body = repr(this.items);
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
}
nameClass(deque, "deque", "collections");
