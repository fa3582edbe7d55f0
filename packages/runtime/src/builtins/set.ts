// Python set and frozenset. Membership is a HashTable keyed by Python equality (as dict's);
// iteration order is CPython's: a SetLayout replays its hash table while every element has a
// run-independent hash (numbers; str and bytes when PYTHONHASHSEED is fixed; tuples and
// frozensets of them). Once an element's hash varies per run (str and bytes under a random
// seed, None, objects hashed by address), CPython's order varies too, and the set keeps
// insertion order instead, until it is cleared.
import { KeyError, RuntimeError, TypeError } from "./exception-classes.js";
import { eq } from "./compare.js";
import { HashTable, type Entry } from "./hashtable.js";
import { hashFrozenSet, keyOf, pyHash, stableHash } from "./hash.js";
import { DUMMY, EMPTY, SetLayout } from "./setlayout.js";
import { PyDict } from "./dict.js";
import { iter } from "./iteration.js";

type Hash = number | bigint;

abstract class PySetBase {
  // Values are the elements' stable hashes (null once the set keeps insertion order).
  table = new HashTable<Hash | null>(eq);
  layout: SetLayout | null = new SetLayout();

  constructor(items?: Iterable<unknown> | null) {
    if (items) this.updateFrom(items);
  }

  // A new empty set of the base type (set or frozenset), as make_new_set_basetype.
  protected abstract make(): PySetBase;

  get size(): number {
    return this.table.size;
  }
  __len__(): number {
    return this.table.size;
  }
  has(x: unknown): boolean {
    // A set looked up in a set stands for the equal frozenset, as in CPython.
    const probe = x instanceof PySet ? new PyFrozenSet(x) : x;
    return this.table.get(probe) !== undefined;
  }
  __contains__(x: unknown): boolean {
    return this.has(x);
  }

  // Elements in CPython's order; raises if the set changes size meanwhile.
  *[Symbol.iterator](): Generator<unknown> {
    const size = this.size;
    const changed = () => new RuntimeError("Set changed size during iteration");
    if (!this.layout) {
      for (const [k] of this.table.map.values()) {
        if (this.size !== size) throw changed();
        yield k;
      }
      if (this.size !== size) throw changed();
      return;
    }
    for (let i = 0; ; i++) {
      if (this.size !== size) throw changed();
      const layout = this.layout;
      if (!layout) return;
      const keys = layout.keys;
      while (i <= layout.mask && (keys[i] === EMPTY || keys[i] === DUMMY)) i++;
      if (i > layout.mask) return;
      yield keys[i];
    }
  }

  // [element, stable hash] in iteration order, for the set algebra (CPython's set_next).
  *entries(): Generator<Entry<Hash | null>> {
    const layout = this.layout;
    if (!layout) {
      yield* this.table.map.values();
      return;
    }
    for (let i = 0; i <= layout.mask; i++) {
      const k = layout.keys[i];
      if (k !== EMPTY && k !== DUMMY) yield [k, layout.hashes[i]!];
    }
  }

  protected addKey(x: unknown): void {
    const k = keyOf(x);
    if (this.table.getKeyed(k, x)) return;
    const h = this.layout ? stableHash(x, k) : undefined;
    if (h === undefined) {
      this.layout = null;
      this.table.setKeyed(k, x, null);
      return;
    }
    this.table.setKeyed(k, x, h);
    this.layout!.insert(x, h);
  }

  // Adds an element whose stable hash is known (taken from another set).
  protected addEntry(x: unknown, h: Hash | null): void {
    if (h === null || !this.layout) return this.addKey(x);
    const k = keyOf(x);
    if (this.table.getKeyed(k, x)) return;
    this.table.setKeyed(k, x, h);
    this.layout.insert(x, h);
  }

  protected discardKey(x: unknown): boolean {
    const probe = x instanceof PySet ? new PyFrozenSet(x) : x;
    const entry = this.table.delete(probe);
    if (!entry) return false;
    this.layout?.remove(entry[0], entry[1]!);
    return true;
  }

  protected clearAll(): void {
    this.table.clear();
    const finger = this.layout?.finger ?? 0;
    this.layout = new SetLayout();
    this.layout.finger = finger; // CPython keeps pop()'s finger across clear()
  }

  // set_update_internal: another set is merged, a dict presizes, anything else is added in turn.
  protected updateFrom(other: unknown): void {
    if (other instanceof PySetBase) return this.merge(other);
    if (other instanceof PyDict && other.constructor === PyDict) {
      this.layout?.presize(other.size);
      for (const [k] of other.table.map.values()) this.addKey(k);
      return;
    }
    for (const x of iter(other)) this.addKey(x);
  }

  // set_merge: one resize up front; into an empty set the slots are copied, else added in turn.
  private merge(other: PySetBase): void {
    if (other === this || other.size === 0) return;
    const mine = this.layout;
    const theirs = other.layout;
    if (mine && theirs) {
      mine.presize(other.size);
      if (mine.fill === 0) {
        mine.copyFrom(theirs);
        this.table.copyFrom(other.table);
        return;
      }
    }
    for (const [x, h] of other.entries()) this.addEntry(x, h);
  }

  copy(): PySetBase {
    return this.duplicate();
  }
  // CPython's set_copy: always a new set (frozenset.copy() alone returns the frozenset itself).
  protected duplicate(): PySetBase {
    const r = this.make();
    r.merge(this);
    return r;
  }
  union(...others: unknown[]): PySetBase {
    const r = this.duplicate();
    for (const o of others) if (o !== this) r.updateFrom(o);
    return r;
  }
  intersection(...others: unknown[]): PySetBase {
    let r: PySetBase = others.length === 0 ? this.duplicate() : this;
    for (const o of others) r = r.intersect(o);
    return r;
  }
  // set_intersection: walks the smaller set, keeping its element objects.
  private intersect(other: unknown): PySetBase {
    if (other === this) return this.duplicate();
    const result = this.make();
    if (other instanceof PySetBase) {
      const [big, small] = other.size > this.size ? [other, this] : [this, other];
      for (const [x, h] of small.entries()) if (big.has(x)) result.addEntry(x, h);
      return result;
    }
    for (const x of iter(other)) if (this.has(x)) result.addKey(x);
    return result;
  }
  difference(...others: unknown[]): PySetBase {
    if (others.length === 0) return this.duplicate();
    const r = this.differenceOne(others[0]);
    for (const o of others.slice(1)) r.differenceUpdateOne(o);
    return r;
  }
  // set_difference: a filtered copy, unless this set is much larger than the other.
  private differenceOne(other: unknown): PySetBase {
    const sized = other instanceof PySetBase || (other instanceof PyDict && other.constructor === PyDict) ? other : undefined;
    if (!sized || this.size >> 2 > sized.size) {
      const r = this.duplicate();
      r.differenceUpdateOne(other);
      return r;
    }
    const result = this.make();
    for (const [x, h] of this.entries()) if (!sized.has(x)) result.addEntry(x, h);
    return result;
  }
  protected differenceUpdateOne(other: unknown): void {
    if (other === this) return this.clearAll();
    if (other instanceof PySetBase) {
      const source = other.size >> 3 > this.size ? this.intersect(other) : other;
      for (const [x] of source.entries()) this.discardKey(x);
    } else {
      for (const x of iter(other)) this.discardKey(x);
    }
    this.layout?.purgeDummies();
  }
  symmetric_difference(other: unknown): PySetBase {
    const result = this.make();
    result.updateFrom(other);
    result.symmetricUpdateFrom(this);
    return result;
  }
  protected symmetricUpdateFrom(other: PySetBase): void {
    for (const [x, h] of other.entries()) if (!this.discardKey(x)) this.addEntry(x, h);
  }
  issubset(other: unknown): boolean {
    const o = other instanceof PySetBase ? other : new PySet(iter(other));
    if (this.size > o.size) return false;
    for (const x of this) if (!o.has(x)) return false;
    return true;
  }
  issuperset(other: unknown): boolean {
    for (const x of iter(other)) if (!this.has(x)) return false;
    return true;
  }
  isdisjoint(other: unknown): boolean {
    for (const x of iter(other)) if (this.has(x)) return false;
    return true;
  }
}

export class PySet extends PySetBase {
  static readonly __name__: string = "set";
  protected make(): PySetBase {
    return new PySet();
  }
  add(x: unknown): void {
    this.addKey(x);
  }
  remove(x: unknown): void {
    if (!this.discardKey(x)) throw new KeyError(x);
  }
  discard(x: unknown): void {
    this.discardKey(x);
  }
  pop(): unknown {
    if (this.size === 0) throw new KeyError("pop from an empty set");
    const key = this.layout ? this.layout.pop()[0] : this.table.map.values().next().value![0];
    this.table.delete(key);
    return key;
  }
  clear(): void {
    this.clearAll();
  }
  update(...others: unknown[]): void {
    for (const o of others) this.updateFrom(o);
  }
  intersection_update(...others: unknown[]): void {
    // CPython computes the intersection aside and swaps the tables in (pop()'s finger stays).
    const tmp = this.intersection(...others);
    const finger = this.layout?.finger ?? 0;
    [this.table, tmp.table] = [tmp.table, this.table];
    [this.layout, tmp.layout] = [tmp.layout, this.layout];
    if (this.layout) this.layout.finger = finger;
  }
  difference_update(...others: unknown[]): void {
    for (const o of others) this.differenceUpdateOne(o);
  }
  symmetric_difference_update(other: unknown): void {
    if (other === this) return this.clearAll();
    if (other instanceof PyDict && other.constructor === PyDict) {
      for (const [k] of other.table.map.values()) if (!this.discardKey(k)) this.addKey(k);
      return;
    }
    const source = other instanceof PySetBase ? other : new PySet(iter(other));
    this.symmetricUpdateFrom(source);
  }
  __pyhash__(): never {
    throw new TypeError("unhashable type: 'set'");
  }
}

export class PyFrozenSet extends PySetBase {
  static readonly __name__: string = "frozenset";
  private hash?: Hash;
  protected make(): PySetBase {
    return new PyFrozenSet();
  }
  override copy(): PySetBase {
    return this.constructor === PyFrozenSet ? this : super.copy();
  }
  __pyhash__(): Hash {
    this.hash ??= hashFrozenSet(Array.from(this.table.map.values(), ([k, h]) => h ?? pyHash(k)));
    return this.hash;
  }
  __hash__(): Hash {
    return this.__pyhash__();
  }
  // CPython's own hash when every member's is run-independent (see hash.ts stableHash).
  __stablehash__(): Hash | undefined {
    return this.layout ? this.__pyhash__() : undefined;
  }
}

export { PySetBase };

// A set display of more than two constants (`{5, 3, 17}`): CPython's compiler folds it to a
// frozenset constant, which its constant merging rebuilds from its own iteration order; the
// display then merges that into a new set. Each step can lay the table out differently.
export function constantSet(items: readonly unknown[]): PySet {
  return new PySet(new PyFrozenSet([...new PyFrozenSet(items)]));
}
