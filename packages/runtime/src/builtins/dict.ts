// Python dict: insertion-ordered, keyed by Python equality (1, 1.0 and True are one key).
// Method names are Python's, so `callMethod(d, "get", k)` and generated `d.get(k)` agree.
import { KeyError, RuntimeError, TypeError, ValueError } from "./exception-classes.js";
import { HashTable } from "./hashtable.js";
import { eq } from "./compare.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./typename.js";
import { PySetBase } from "./set.js";

const NO_DEFAULT = Symbol("no default");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class PyDict<K = any, V = any> {
  static readonly __name__: string = "dict";
  readonly table = new HashTable<V>(eq);

  // NoInfer: a literal mixing key and value types must not fix K and V from its first entry
  // (generated code builds dicts such as {"a": 1, "b": "x"}); K and V then default to unknown.
  constructor(entries?: Iterable<readonly [NoInfer<K>, NoInfer<V>]> | null) {
    if (entries) for (const [k, v] of entries) this.table.set(k, v);
  }

  static fromRecord<V>(record: Record<string, V>): PyDict<string, V> {
    return new PyDict(Object.entries(record));
  }

  static fromkeys(keys: Iterable<unknown>, value: unknown = null): PyDict {
    const d = new PyDict();
    for (const k of keys) d.set(k, value);
    return d;
  }

  get size(): number {
    return this.table.size;
  }

  __len__(): number {
    return this.table.size;
  }

  __getitem__(key: K): V {
    const entry = this.table.get(key);
    if (!entry) throw new KeyError(key);
    return entry[1];
  }

  __setitem__(key: K, value: V): void {
    this.table.set(key, value);
  }

  __delitem__(key: K): void {
    if (!this.table.delete(key)) throw new KeyError(key);
  }

  __contains__(key: unknown): boolean {
    return this.table.get(key) !== undefined;
  }

  get(key: K, dflt: V | null = null): V | null {
    if (arguments.length === 0) throw new TypeError("get expected at least 1 argument, got 0");
    const entry = this.table.get(key);
    return entry ? entry[1] : dflt;
  }

  set(key: K, value: V): this {
    this.table.set(key, value);
    return this;
  }

  has(key: unknown): boolean {
    return this.table.get(key) !== undefined;
  }

  delete(key: K): void {
    this.__delitem__(key);
  }

  setdefault(key: K, dflt: V | null = null): V | null {
    const entry = this.table.get(key);
    if (entry) return entry[1];
    this.table.set(key, dflt as V);
    return dflt;
  }

  pop(key: K, dflt: unknown = NO_DEFAULT): unknown {
    const entry = this.table.delete(key);
    if (entry) return entry[1];
    if (dflt === NO_DEFAULT) throw new KeyError(key);
    return dflt;
  }

  popitem(): PyTuple {
    let last: [unknown, V] | undefined;
    for (const entry of this.table.map.values()) last = entry;
    if (!last) throw new KeyError("popitem(): dictionary is empty");
    this.table.delete(last[0]);
    return PyTuple.of(last[0], last[1]);
  }

  update(other?: unknown, kwargs?: Record<string, unknown>): void {
    if (other !== undefined && other !== null) {
      if (other instanceof PyDict) {
        for (const [k, v] of other.table.map.values()) this.table.set(k, v as V);
      } else if (typeof (other as { keys?: unknown }).keys === "function" && typeof (other as { __getitem__?: unknown }).__getitem__ === "function") {
        const m = other as { keys(): Iterable<unknown>; __getitem__(k: unknown): unknown };
        for (const k of m.keys()) this.table.set(k, m.__getitem__(k) as V);
      } else {
        if (typeof (other as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
          throw new TypeError(`'${typeName(other)}' object is not iterable`);
        }
        let i = 0;
        for (const item of other as Iterable<unknown>) {
          const pair = Array.isArray(item) || typeof item === "string" ? [...(item as Iterable<unknown>)] : undefined;
          if (!pair) throw new TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          if (pair.length !== 2) {
            throw new ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
          }
          this.table.set(pair[0], pair[1] as V);
          i++;
        }
      }
    }
    if (kwargs) for (const [k, v] of Object.entries(kwargs)) this.table.set(k, v as V);
  }

  copy(): PyDict<K, V> {
    const d = new PyDict<K, V>();
    for (const [k, v] of this.table.map.values()) d.table.set(k, v);
    return d;
  }

  clear(): void {
    this.table.clear();
  }

  keys(): DictKeys<K> {
    return new DictKeys(this);
  }

  values(): DictValues<V> {
    return new DictValues(this);
  }

  items(): DictItems<K, V> {
    return new DictItems(this);
  }

  // Python raises if the dict changes size while being iterated.
  *entries(): Generator<[K, V]> {
    const size = this.table.size;
    for (const entry of this.table.map.values()) {
      if (this.table.size !== size) throw new RuntimeError("dictionary changed size during iteration");
      yield entry as [K, V];
    }
    if (this.table.size !== size) throw new RuntimeError("dictionary changed size during iteration");
  }

  *[Symbol.iterator](): Generator<K> {
    for (const [k] of this.entries()) yield k;
  }

  __pyhash__(): never {
    throw new TypeError("unhashable type: 'dict'");
  }
}

/** reversed(d) for a dict without its own __reversed__ (OrderedDict has one). */
export function reversedDict<K>(dict: PyDict<K>): Generator<K> {
  return reversedEntries(dict, "dict_reversekeyiterator", ([k]) => k as K);
}

// dictreviter_iternext: newest entry first; a dict that changes size meanwhile raises.
function reversedEntries<T>(dict: PyDict, tag: string, pick: (entry: [unknown, unknown]) => T): Generator<T> {
  const entries = [...dict.table.map.values()] as [unknown, unknown][];
  const size = dict.size;
  const it = (function* () {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (dict.size !== size) throw new RuntimeError("dictionary changed size during iteration");
      yield pick(entries[i]!);
    }
  })();
  Object.defineProperty(it, "__pytype__", { value: tag });
  return it;
}

const NotImplementedValue = Symbol.for("py2ts.NotImplemented");

// dictview_richcompare: a keys or items view equals a set, or another such view, with the same
// members; anything else is NotImplemented (so the other side decides).
function setLikeEquals(view: DictView<unknown> & { __contains__(x: unknown): boolean }, other: unknown): boolean | symbol {
  if (!(other instanceof PySetBase || other instanceof DictKeys || other instanceof DictItems)) return NotImplementedValue;
  if (view.size !== other.size) return false;
  for (const x of other as Iterable<unknown>) if (!view.__contains__(x)) return false;
  return true;
}

abstract class DictView<T> {
  constructor(readonly dict: PyDict) {}
  abstract [Symbol.iterator](): Iterator<T>;
  __len__(): number {
    return this.dict.size;
  }
  get size(): number {
    return this.dict.size;
  }
}

export class DictKeys<K> extends DictView<K> {
  static readonly __name__ = "dict_keys";
  *[Symbol.iterator](): Generator<K> {
    for (const [k] of this.dict.entries()) yield k as K;
  }
  __contains__(key: unknown): boolean {
    return this.dict.has(key);
  }
  __eq__(other: unknown): boolean | symbol {
    return setLikeEquals(this, other);
  }
  __reversed__(): Generator<K> {
    return reversedEntries(this.dict, "dict_reversekeyiterator", ([k]) => k as K);
  }
}

export class DictValues<V> extends DictView<V> {
  static readonly __name__ = "dict_values";
  *[Symbol.iterator](): Generator<V> {
    for (const [, v] of this.dict.entries()) yield v as V;
  }
  __reversed__(): Generator<V> {
    return reversedEntries(this.dict, "dict_reversevalueiterator", ([, v]) => v as V);
  }
}

export class DictItems<K, V> extends DictView<PyTuple> {
  static readonly __name__ = "dict_items";
  *[Symbol.iterator](): Generator<PyTuple> {
    for (const [k, v] of this.dict.entries()) yield PyTuple.of<unknown>(k as K, v as V);
  }
  __contains__(item: unknown): boolean {
    if (!(item instanceof PyTuple) || item.length !== 2) return false;
    const entry = this.dict.table.get(item[0]);
    return entry !== undefined && eq(entry[1], item[1]);
  }
  __eq__(other: unknown): boolean | symbol {
    return setLikeEquals(this, other);
  }
  __reversed__(): Generator<PyTuple> {
    return reversedEntries(this.dict, "dict_reverseitemiterator", ([k, v]) => PyTuple.of<unknown>(k, v));
  }
}

export function isDict(x: unknown): x is PyDict {
  return x instanceof PyDict;
}
