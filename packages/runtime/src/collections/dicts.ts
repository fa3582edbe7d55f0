// collections.defaultdict, OrderedDict and ChainMap: PyDict subclasses (ChainMap a view over a
// list of mappings) with CPython 3.11's reprs, e.g. `OrderedDict([('a', 1)])`.
import { PyDict, PyTuple, KeyError, TypeError, callFunction, repr, splitKwargs, truth, getitem, contains, len } from "../builtins/index.js";
import { bind, nameClass } from "./bind.js";

function dictBody(d: PyDict): string {
  return repr(new PyDict([...d.table.map.values()] as [unknown, unknown][]));
}

export class defaultdict extends PyDict {
  default_factory: unknown;

  constructor(...args: unknown[]) {
    super();
    const [positional, keywords] = splitKwargs(args);
    const factory = positional.length > 0 ? positional[0] : null;
    if (factory !== null && factory !== undefined && typeof factory !== "function") {
      throw new TypeError("first argument must be callable or None");
    }
    this.default_factory = factory ?? null;
    if (positional.length > 2) throw new TypeError(`dict expected at most 1 argument, got ${positional.length - 1}`);
    this.update(positional[1], keywords);
  }

  __missing__(key: unknown): unknown {
    if (this.default_factory === null) throw new KeyError(key);
    const value = callFunction(this.default_factory, []);
    this.table.set(key, value);
    return value;
  }

  override copy(): defaultdict {
    return new defaultdict(this.default_factory, this);
  }

  __repr__(): string {
    return `defaultdict(${repr(this.default_factory)}, ${dictBody(this)})`;
  }
}

export class OrderedDict extends PyDict {

  constructor(...args: unknown[]) {
    super();
    const [positional, keywords] = splitKwargs(args);
    if (positional.length > 1) throw new TypeError(`expected at most 1 arguments, got ${positional.length}`);
    this.update(positional[0], keywords);
  }

  move_to_end(...args: unknown[]): void {
    const [key, last] = bind("move_to_end(key, last=)", args);
    const entry = this.table.get(key);
    if (!entry) throw new KeyError(key);
    this.table.delete(key);
    if (last === undefined || truth(last)) {
      this.table.set(entry[0], entry[1]);
      return;
    }
    const rest = [...this.table.map.values()];
    this.table.clear();
    this.table.set(entry[0], entry[1]);
    for (const [k, v] of rest) this.table.set(k, v);
  }

  override popitem(...args: unknown[]): PyTuple {
    const [last] = bind("popitem(last=)", args);
    const entries = [...this.table.map.values()];
    if (entries.length === 0) throw new KeyError("dictionary is empty");
    const entry = last === undefined || truth(last) ? entries[entries.length - 1]! : entries[0]!;
    this.table.delete(entry[0]);
    return PyTuple.of(entry[0], entry[1]);
  }

  override copy(): OrderedDict {
    return new OrderedDict(this);
  }

  __repr__(): string {
    if (this.size === 0) return "OrderedDict()";
    const items = [...this.table.map.values()].map(([k, v]) => PyTuple.of(k, v));
    return `OrderedDict(${repr(items)})`;
  }

  __reversed__(): Iterator<unknown> {
    return [...this.table.map.values()].map(([k]) => k).reverse()[Symbol.iterator]();
  }
}

// A ChainMap reads through its maps in order and writes to the first one only.
export class ChainMap {
  static readonly __name__ = "ChainMap";
  maps: unknown[];

  constructor(...maps: unknown[]) {
    this.maps = maps.length > 0 ? maps : [new PyDict()];
  }

  __getitem__(key: unknown): unknown {
    for (const m of this.maps) if (contains(m, key)) return getitem(m, key);
    return this.__missing__(key);
  }

  __missing__(key: unknown): never {
    throw new KeyError(key);
  }

  get(key: unknown, dflt: unknown = null): unknown {
    return this.__contains__(key) ? this.__getitem__(key) : dflt;
  }

  __setitem__(key: unknown, value: unknown): void {
    (this.maps[0] as PyDict).__setitem__(key, value);
  }

  __delitem__(key: unknown): void {
    const first = this.maps[0] as PyDict;
    if (!first.__contains__(key)) throw new KeyError(`Key not found in the first mapping: ${repr(key)}`);
    first.__delitem__(key);
  }

  __contains__(key: unknown): boolean {
    return this.maps.some((m) => contains(m, key));
  }

  // Keys in the order of a dict built from the last map to the first, as CPython's __iter__.
  private merged(): PyDict {
    const d = new PyDict();
    for (const m of [...this.maps].reverse()) for (const k of m as Iterable<unknown>) d.set(k, null);
    return d;
  }

  __len__(): number {
    return this.merged().size;
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.merged().keys()[Symbol.iterator]();
  }

  keys(): unknown[] {
    return [...this];
  }

  values(): unknown[] {
    return [...this].map((k) => this.__getitem__(k));
  }

  items(): PyTuple[] {
    return [...this].map((k) => PyTuple.of(k, this.__getitem__(k)));
  }

  new_child(m: unknown = null): ChainMap {
    return new ChainMap(m ?? new PyDict(), ...this.maps);
  }

  get parents(): ChainMap {
    return new ChainMap(...this.maps.slice(1));
  }

  pop(key: unknown, ...dflt: unknown[]): unknown {
    const first = this.maps[0] as PyDict;
    if (first.__contains__(key)) return first.pop(key);
    if (dflt.length > 0) return dflt[0];
    throw new KeyError(`Key not found in the first mapping: ${repr(key)}`);
  }

  __repr__(): string {
    return `ChainMap(${this.maps.map((m) => repr(m)).join(", ")})`;
  }

  __bool__(): boolean {
    return this.maps.some((m) => len(m) > 0);
  }
}
nameClass(defaultdict, "defaultdict", "collections");
nameClass(OrderedDict, "OrderedDict", "collections");
nameClass(ChainMap, "ChainMap", "collections");
