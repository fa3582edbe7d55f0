// itertools' combinatoric iterators (product, permutations, combinations,
// combinations_with_replacement) and the shared-state ones (groupby, tee), in the order and
// with the errors of Modules/itertoolsmodule.c.
import { PyTuple, ValueError, TypeError, iter, eq, callFunction, typeName } from "../builtins/index.js";
import { bind } from "../collections/bind.js";
import { tag, type PyIterator } from "./infinite.js";

function nonNegative(r: unknown, message: string): number {
  if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean") {
    throw new TypeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  }
  if (Number(r) < 0) throw new ValueError(message);
  return Number(r);
}

export function product(...args: unknown[]): PyIterator {
  const [iterables, repeatArg] = bind("product(*iterables, repeat=)", args);
  const times = repeatArg === undefined ? 1 : nonNegative(repeatArg, "repeat argument cannot be negative");
  const pools: unknown[][] = [];
  const base = [...(iterables as PyTuple)].map((x) => [...iter(x)]);
  for (let i = 0; i < times; i++) pools.push(...base);
  function* gen(): PyIterator {
    if (pools.some((p) => p.length === 0)) return;
    const idx = pools.map(() => 0);
    for (;;) {
      yield PyTuple.fromIterable(idx.map((j, i) => pools[i]![j]));
      let i = pools.length - 1;
      while (i >= 0 && ++idx[i]! === pools[i]!.length) idx[i--] = 0;
      if (i < 0) return;
    }
  }
  return tag("product", gen());
}

export function permutations(...args: unknown[]): PyIterator {
  const [iterable, rArg] = bind("permutations(iterable, r=)", args);
  const pool = [...iter(iterable)];
  const n = pool.length;
  const r = rArg === undefined || rArg === null ? n : nonNegative(rArg, "r must be non-negative");
  function* gen(): PyIterator {
    if (r > n) return;
    const indices = pool.map((_, i) => i);
    const cycles = Array.from({ length: r }, (_, i) => n - i);
    yield PyTuple.fromIterable(indices.slice(0, r).map((i) => pool[i]));
    if (n === 0) return;
    for (;;) {
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]!--;
        if (cycles[i] === 0) {
          indices.push(...indices.splice(i, 1));
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i]!;
          [indices[i], indices[j]] = [indices[j]!, indices[i]!];
          yield PyTuple.fromIterable(indices.slice(0, r).map((k) => pool[k]));
          break;
        }
      }
      if (i < 0) return;
    }
  }
  return tag("permutations", gen());
}

export function combinations(...args: unknown[]): PyIterator {
  const [iterable, rArg] = bind("combinations(iterable, r)", args);
  const pool = [...iter(iterable)];
  const n = pool.length;
  const r = nonNegative(rArg, "r must be non-negative");
  function* gen(): PyIterator {
    if (r > n) return;
    const indices = Array.from({ length: r }, (_, i) => i);
    yield PyTuple.fromIterable(indices.map((i) => pool[i]));
    for (;;) {
      let i = r - 1;
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) return;
      indices[i]!++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
      yield PyTuple.fromIterable(indices.map((k) => pool[k]));
    }
  }
  return tag("combinations", gen());
}

export function combinations_with_replacement(...args: unknown[]): PyIterator {
  const [iterable, rArg] = bind("combinations_with_replacement(iterable, r)", args);
  const pool = [...iter(iterable)];
  const n = pool.length;
  const r = nonNegative(rArg, "r must be non-negative");
  function* gen(): PyIterator {
    if (n === 0 && r > 0) return;
    const indices = Array.from({ length: r }, () => 0);
    yield PyTuple.fromIterable(indices.map((i) => pool[i]));
    for (;;) {
      let i = r - 1;
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) return;
      const v = indices[i]! + 1;
      for (let j = i; j < r; j++) indices[j] = v;
      yield PyTuple.fromIterable(indices.map((k) => pool[k]));
    }
  }
  return tag("combinations_with_replacement", gen());
}

// groupby: one shared cursor. A group iterator stops when the cursor leaves its key or when the
// outer iterator has moved on to a later group (then it is empty), as in CPython.
export function groupby(...args: unknown[]): PyIterator {
  const [iterable, key] = bind("groupby(iterable, key=)", args);
  const source = iter(iterable);
  const keyOf = key === undefined || key === null ? (x: unknown) => x : (x: unknown) => callFunction(key, [x]);
  const state = { exhausted: false, hasCurrent: false, currValue: undefined as unknown, currKey: undefined as unknown, generation: 0 };
  const advance = (): boolean => {
    const r = source.next();
    if (r.done) {
      state.exhausted = true;
      state.hasCurrent = false;
      return false;
    }
    state.currValue = r.value;
    state.currKey = keyOf(r.value);
    state.hasCurrent = true;
    return true;
  };
  function* group(tgtKey: unknown, generation: number): PyIterator {
    while (generation === state.generation) {
      if (!state.hasCurrent && (state.exhausted || !advance())) return;
      if (!eq(state.currKey, tgtKey)) return;
      const v = state.currValue;
      state.hasCurrent = false;
      yield v;
    }
  }
  function* gen(): PyIterator {
    let tgtKey: unknown;
    let first = true;
    for (;;) {
      // Skip the rest of the current group.
      for (;;) {
        if (!state.hasCurrent && (state.exhausted || !advance())) return;
        if (first || !eq(state.currKey, tgtKey)) break;
        state.hasCurrent = false;
      }
      first = false;
      tgtKey = state.currKey;
      state.generation++;
      yield PyTuple.of(tgtKey, tag("_grouper", group(tgtKey, state.generation)));
    }
  }
  return tag("groupby", gen());
}

export function tee(...args: unknown[]): PyTuple<PyIterator> {
  const [iterable, nArg] = bind("tee(iterable, n=, /)", args);
  const n = nArg === undefined ? 2 : Number(nArg);
  if (n < 0) throw new ValueError("n must be >= 0");
  const source = iter(iterable);
  const buffer: unknown[] = [];
  let base = 0;
  const positions = Array.from({ length: n }, () => 0);
  function* copy(k: number): PyIterator {
    for (;;) {
      if (positions[k]! - base >= buffer.length) {
        const r = source.next();
        if (r.done) return;
        buffer.push(r.value);
      }
      const v = buffer[positions[k]! - base];
      positions[k]!++;
      // Drop what every copy has consumed.
      const low = Math.min(...positions);
      if (low > base) {
        buffer.splice(0, low - base);
        base = low;
      }
      yield v;
    }
  }
  return PyTuple.fromIterable(positions.map((_, k) => tag("_tee", copy(k))));
}
