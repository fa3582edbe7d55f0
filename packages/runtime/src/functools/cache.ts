// functools.lru_cache / cache (a PyDict keyed by the call's arguments, hits/misses counted as
// CPython counts them), wraps / update_wrapper, cmp_to_key and total_ordering.
import { PyTuple, PyDict, TypeError, ValueError, Kwargs, callFunction, splitKwargs, truth, eq, NotImplemented, defineFunction } from "../builtins/index.js";
import { namedtuple } from "../collections/namedtuple.js";
import { bind } from "../collections/bind.js";

const CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], new Kwargs({ module: "functools" }));

// Separates positional from keyword arguments in a cache key; hashed by identity, so no user
// argument can equal it.
const KW_MARK = Object.freeze({});

function cacheKey(args: readonly unknown[]): unknown {
  const [positional, keywords] = splitKwargs(args);
  const entries = Object.entries(keywords);
  if (entries.length === 0 && positional.length === 1 && (typeof positional[0] === "string" || typeof positional[0] === "number")) {
    return positional[0];
  }
  return PyTuple.fromIterable([...positional, ...(entries.length ? [KW_MARK, ...entries.flat()] : [])]);
}

function wrapCached(user: unknown, maxsize: number | null): Function {
  const store = new PyDict();
  let hits = 0;
  let misses = 0;
  const wrapper = function (...args: unknown[]): unknown {
    const key = cacheKey(args);
    const found = store.table.get(key);
    if (found) {
      hits++;
      if (maxsize !== null) {
        // Most recently used last.
        store.table.delete(key);
        store.table.set(found[0], found[1]);
      }
      return found[1];
    }
    misses++;
    const [positional, keywords] = splitKwargs(args);
    const result = callFunction(user, positional, keywords);
    if (maxsize === 0) return result;
    store.table.set(key, result);
    if (maxsize !== null && store.size > maxsize) {
      const oldest = store.table.map.values().next().value as [unknown, unknown];
      store.table.delete(oldest[0]);
    }
    return result;
  };
  Object.defineProperties(wrapper, {
    cache_info: { value: () => new CacheInfo(hits, misses, maxsize, store.size) },
    cache_clear: {
      value: () => {
        store.clear();
        hits = 0;
        misses = 0;
      },
    },
    cache_parameters: { value: () => PyDict.fromRecord({ maxsize, typed: false }) },
  });
  update_wrapper(wrapper, user);
  return wrapper;
}

export function lru_cache(...args: unknown[]): any {
  const [maxsizeArg, typed] = bind("lru_cache(maxsize=, typed=)", args);
  if (typed !== undefined && truth(typed)) throw new ValueError("lru_cache(typed=True) is not supported by py2ts");
  // @lru_cache without parentheses: the function itself is the first argument.
  if (typeof maxsizeArg === "function") return wrapCached(maxsizeArg, 128);
  let maxsize: number | null = 128;
  if (maxsizeArg === null) maxsize = null;
  else if (maxsizeArg !== undefined) {
    if (typeof maxsizeArg !== "number" && typeof maxsizeArg !== "bigint" && typeof maxsizeArg !== "boolean") {
      throw new TypeError("Expected first argument to be an integer, a callable, or None");
    }
    maxsize = Math.max(0, Number(maxsizeArg));
  }
  return (fn: unknown) => wrapCached(fn, maxsize);
}

export function cache(fn: unknown): any {
  return wrapCached(fn, null);
}

const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__"];

export function update_wrapper(wrapper: unknown, wrapped: unknown, ...rest: unknown[]): any {
  if (rest.length > 0) throw new TypeError("update_wrapper(): custom 'assigned'/'updated' are not supported by py2ts");
  const target = wrapper as Record<string, unknown>;
  const source = wrapped as Record<string, unknown> & { name?: string };
  for (const attr of WRAPPER_ASSIGNMENTS) {
    let value = source[attr];
    if (value === undefined && typeof wrapped === "function") {
      if (attr === "__name__" || attr === "__qualname__") value = source.name || "<lambda>";
      else if (attr === "__doc__") value = null;
    }
    if (value !== undefined) Object.defineProperty(target, attr, { value, writable: true, configurable: true });
  }
  Object.defineProperty(target, "__wrapped__", { value: wrapped, writable: true, configurable: true });
  return wrapper;
}

export function wraps(wrapped: unknown, ...rest: unknown[]): (wrapper: unknown) => unknown {
  return (wrapper: unknown) => update_wrapper(wrapper, wrapped, ...rest);
}

// cmp_to_key: a key object whose comparisons call the user's cmp (sorted() compares keys with <).
export function cmp_to_key(mycmp: unknown): (obj: unknown) => unknown {
  class K {
    constructor(readonly obj: unknown) {}
    private cmp(other: unknown): number {
      if (!(other instanceof K)) throw new TypeError("other argument must be K instance");
      return Number(callFunction(mycmp, [this.obj, other.obj]));
    }
    __lt__(other: unknown): boolean {
      return this.cmp(other) < 0;
    }
    __gt__(other: unknown): boolean {
      return this.cmp(other) > 0;
    }
    __le__(other: unknown): boolean {
      return this.cmp(other) <= 0;
    }
    __ge__(other: unknown): boolean {
      return this.cmp(other) >= 0;
    }
    __eq__(other: unknown): boolean {
      return this.cmp(other) === 0;
    }
    static readonly __hash__ = null;
  }
  return defineFunction((obj: unknown) => new K(obj), "K(obj)");
}

type Cmp = (this: unknown, other: unknown) => unknown;

// total_ordering: fills in the missing rich comparisons from the one the class defines, each
// returning NotImplemented when the root does, as Lib/functools.py's table does.
export function total_ordering(cls: unknown): any {
  const proto = (cls as { prototype: Record<string, unknown> }).prototype;
  const own = (name: string) => typeof proto[name] === "function" && proto[name] !== (Object.prototype as Record<string, unknown>)[name];
  const roots = ["__lt__", "__le__", "__gt__", "__ge__"].filter(own);
  if (roots.length === 0) throw new ValueError("must define at least one ordering operation: < > <= >=");
  const root = roots.includes("__lt__") ? "__lt__" : roots.includes("__le__") ? "__le__" : roots.includes("__gt__") ? "__gt__" : "__ge__";
  const base = proto[root] as Cmp;
  const equal = (self: unknown, other: unknown) => eq(self, other);
  const derive = (compute: (r: boolean, self: unknown, other: unknown) => boolean): Cmp =>
    function (this: unknown, other: unknown) {
      const r = base.call(this, other);
      if (r === NotImplemented) return NotImplemented;
      return compute(truth(r), this, other);
    };
  const table: Record<string, Record<string, Cmp>> = {
    __lt__: { __gt__: derive((r, s, o) => !r && !equal(s, o)), __le__: derive((r, s, o) => r || equal(s, o)), __ge__: derive((r) => !r) },
    __le__: { __ge__: derive((r, s, o) => !r || equal(s, o)), __lt__: derive((r, s, o) => r && !equal(s, o)), __gt__: derive((r) => !r) },
    __gt__: { __lt__: derive((r, s, o) => !r && !equal(s, o)), __ge__: derive((r, s, o) => r || equal(s, o)), __le__: derive((r) => !r) },
    __ge__: { __le__: derive((r, s, o) => !r || equal(s, o)), __gt__: derive((r, s, o) => r && !equal(s, o)), __lt__: derive((r) => !r) },
  };
  for (const [name, fn] of Object.entries(table[root]!)) {
    if (!roots.includes(name)) Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  }
  return cls;
}
