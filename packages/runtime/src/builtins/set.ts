// Python set and frozenset over the same hash table as dict (values unused).
import { KeyError, TypeError } from "./exception-classes.js";
import { eq } from "./compare.js";
import { HashTable } from "./hashtable.js";
import { hashTuple } from "./hash.js";

abstract class PySetBase {
  readonly table = new HashTable<true>(eq);

  constructor(items?: Iterable<unknown> | null) {
    if (items) for (const x of items) this.table.set(x, true);
  }

  protected abstract make(items?: Iterable<unknown>): this;

  get size(): number {
    return this.table.size;
  }
  __len__(): number {
    return this.table.size;
  }
  has(x: unknown): boolean {
    return this.table.get(x) !== undefined;
  }
  __contains__(x: unknown): boolean {
    return this.has(x);
  }
  *[Symbol.iterator](): Generator<unknown> {
    for (const [k] of this.table.map.values()) yield k;
  }
  copy(): this {
    return this.make(this);
  }
  union(...others: Iterable<unknown>[]): this {
    const r = this.make(this);
    for (const o of others) for (const x of o) r.table.set(x, true);
    return r;
  }
  intersection(...others: Iterable<unknown>[]): this {
    let r = this.make(this);
    for (const o of others) {
      const other = o instanceof PySetBase ? o : new PySet(o);
      r = this.make([...r].filter((x) => other.has(x)));
    }
    return r;
  }
  difference(...others: Iterable<unknown>[]): this {
    const r = this.make(this);
    for (const o of others) for (const x of o) r.table.delete(x);
    return r;
  }
  symmetric_difference(other: Iterable<unknown>): this {
    const o = other instanceof PySetBase ? other : new PySet(other);
    return this.make([...[...this].filter((x) => !o.has(x)), ...[...o].filter((x) => !this.has(x))]);
  }
  issubset(other: Iterable<unknown>): boolean {
    const o = other instanceof PySetBase ? other : new PySet(other);
    return [...this].every((x) => o.has(x));
  }
  issuperset(other: Iterable<unknown>): boolean {
    for (const x of other) if (!this.has(x)) return false;
    return true;
  }
  isdisjoint(other: Iterable<unknown>): boolean {
    for (const x of other) if (this.has(x)) return false;
    return true;
  }
}

export class PySet extends PySetBase {
  static readonly __name__ = "set";
  protected make(items?: Iterable<unknown>): this {
    return new PySet(items) as this;
  }
  add(x: unknown): void {
    this.table.set(x, true);
  }
  remove(x: unknown): void {
    if (!this.table.delete(x)) throw new KeyError(x);
  }
  discard(x: unknown): void {
    this.table.delete(x);
  }
  pop(): unknown {
    for (const [k] of this.table.map.values()) {
      this.table.delete(k);
      return k;
    }
    throw new KeyError("pop from an empty set");
  }
  clear(): void {
    this.table.clear();
  }
  update(...others: Iterable<unknown>[]): void {
    for (const o of others) for (const x of o) this.table.set(x, true);
  }
  intersection_update(...others: Iterable<unknown>[]): void {
    const r = this.intersection(...others);
    this.table.clear();
    for (const x of r) this.table.set(x, true);
  }
  difference_update(...others: Iterable<unknown>[]): void {
    for (const o of others) for (const x of o) this.table.delete(x);
  }
  symmetric_difference_update(other: Iterable<unknown>): void {
    const r = this.symmetric_difference(other);
    this.table.clear();
    for (const x of r) this.table.set(x, true);
  }
  __pyhash__(): never {
    throw new TypeError("unhashable type: 'set'");
  }
}

export class PyFrozenSet extends PySetBase {
  static readonly __name__ = "frozenset";
  protected make(items?: Iterable<unknown>): this {
    return new PyFrozenSet(items) as this;
  }
  // Order-independent: hash of the sorted member hashes (not CPython's value).
  __pyhash__(): number | bigint {
    const hashes = [...this.table.map.keys()].map((k) => String(k));
    hashes.sort();
    return hashTuple(hashes);
  }
  __hash__(): number | bigint {
    return this.__pyhash__();
  }
}

export { PySetBase };
