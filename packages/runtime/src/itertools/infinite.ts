// itertools' infinite and filtering iterators (count, cycle, repeat, chain, islice, takewhile,
// dropwhile, filterfalse, compress, starmap, accumulate, pairwise, zip_longest, groupby, tee),
// as lazy JS generators; errors raised where CPython's constructors raise them.
import { PyTuple, TypeError, ValueError, iter, repr, add, truth, callFunction, typeName } from "../builtins/index.js";
import { bind } from "../collections/bind.js";

export type PyIterator = Generator<unknown, void, undefined>;

// Names the iterator for type()/repr(), as builtins' map/filter objects are (`__pytype__`).
export function tag<T extends object>(name: string, it: T, reprFn?: () => string): T {
  Object.defineProperty(it, "__pytype__", { value: `itertools.${name}` });
  if (reprFn) Object.defineProperty(it, "__repr__", { value: reprFn });
  return it;
}

function isNumber(x: unknown): boolean {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || typeName(x) === "float";
}

export function count(...args: unknown[]): PyIterator {
  const [start = 0, step = 1] = bind("count(start=, step=)", args);
  if (!isNumber(start)) throw new TypeError("a number is required");
  let current = start;
  function* gen(): PyIterator {
    for (;;) {
      const v = current;
      current = add(current, step);
      yield v;
    }
  }
  const stepIsOne = step === 1;
  return tag("count", gen(), () => (stepIsOne ? `count(${repr(current)})` : `count(${repr(current)}, ${repr(step)})`));
}

export function cycle(iterable: unknown): PyIterator {
  const source = iter(iterable);
  function* gen(): PyIterator {
    const saved: unknown[] = [];
    for (const x of source) {
      saved.push(x);
      yield x;
    }
    if (saved.length === 0) return;
    for (;;) yield* saved;
  }
  return tag("cycle", gen());
}

export function repeat(...args: unknown[]): PyIterator {
  const [object, times] = bind("repeat(object, times=)", args);
  let left = times === undefined ? Infinity : Math.max(0, Number(times));
  function* gen(): PyIterator {
    while (left > 0) {
      left--;
      yield object;
    }
  }
  return tag("repeat", gen(), () => (times === undefined ? `repeat(${repr(object)})` : `repeat(${repr(object)}, ${left})`));
}

function* chainGen(iterables: Iterable<unknown>): PyIterator {
  for (const it of iterables) yield* iter(it);
}

export function chain(...iterables: unknown[]): PyIterator {
  return tag("chain", chainGen(iterables));
}
chain.from_iterable = (iterable: unknown): PyIterator => tag("chain", chainGen(iter(iterable)));

function sliceArg(x: unknown, what: string): number | null {
  if (x === null || x === undefined) return null;
  if ((typeof x !== "number" && typeof x !== "bigint" && typeof x !== "boolean") || Number(x) < 0) {
    throw new ValueError(`${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
  }
  return Number(x);
}

export function islice(iterable: unknown, ...args: unknown[]): PyIterator {
  let start = 0;
  let stop: number | null;
  let step = 1;
  if (args.length === 0) throw new TypeError("islice expected at least 2 arguments, got 1");
  if (args.length > 3) throw new TypeError(`islice expected at most 4 arguments, got ${args.length + 1}`);
  if (args.length === 1) stop = sliceArg(args[0], "Stop");
  else {
    start = sliceArg(args[0], "Indices") ?? 0;
    stop = sliceArg(args[1], "Stop");
    if (args.length === 3 && args[2] !== null && args[2] !== undefined) {
      const s = Number(args[2]);
      if (!(s > 0)) throw new ValueError("Step for islice() must be a positive integer or None.");
      step = s;
    }
  }
  const source = iter(iterable);
  function* gen(): PyIterator {
    let next = start;
    for (let i = 0; stop === null || i < stop; i++) {
      const r = source.next();
      if (r.done) return;
      if (i === next) {
        yield r.value;
        next += step;
      }
    }
  }
  return tag("islice", gen());
}

export function takewhile(predicate: unknown, iterable: unknown): PyIterator {
  const source = iter(iterable);
  function* gen(): PyIterator {
    for (const x of source) {
      if (!truth(callFunction(predicate, [x]))) return;
      yield x;
    }
  }
  return tag("takewhile", gen());
}

export function dropwhile(predicate: unknown, iterable: unknown): PyIterator {
  const source = iter(iterable);
  function* gen(): PyIterator {
    let dropping = true;
    for (const x of source) {
      if (dropping && truth(callFunction(predicate, [x]))) continue;
      dropping = false;
      yield x;
    }
  }
  return tag("dropwhile", gen());
}

export function filterfalse(predicate: unknown, iterable: unknown): PyIterator {
  const source = iter(iterable);
  function* gen(): PyIterator {
    for (const x of source) {
      const keep = predicate === null || predicate === undefined ? truth(x) : truth(callFunction(predicate, [x]));
      if (!keep) yield x;
    }
  }
  return tag("filterfalse", gen());
}

export function compress(...args: unknown[]): PyIterator {
  const [data, selectors] = bind("compress(data, selectors)", args);
  const d = iter(data);
  const s = iter(selectors);
  function* gen(): PyIterator {
    for (;;) {
      const a = d.next();
      const b = s.next();
      if (a.done || b.done) return;
      if (truth(b.value)) yield a.value;
    }
  }
  return tag("compress", gen());
}

export function starmap(fn: unknown, iterable: unknown): PyIterator {
  const source = iter(iterable);
  function* gen(): PyIterator {
    for (const args of source) yield callFunction(fn, [...iter(args)]);
  }
  return tag("starmap", gen());
}

// The callback of accumulate() must be synchronous (an async user function would yield
// promises): generated code calls it like any other function.
export function accumulate(...args: unknown[]): PyIterator {
  const [iterable, func, initial] = bind("accumulate(iterable, func=, *, initial=)", args);
  const source = iter(iterable);
  const op = func === undefined || func === null ? add : (a: unknown, b: unknown) => callFunction(func, [a, b]);
  function* gen(): PyIterator {
    let total: unknown;
    let started = false;
    if (initial !== undefined && initial !== null) {
      total = initial;
      started = true;
      yield total;
    }
    for (const x of source) {
      total = started ? op(total, x) : x;
      started = true;
      yield total;
    }
  }
  return tag("accumulate", gen());
}

export function pairwise(iterable: unknown): PyIterator {
  const source = iter(iterable);
  function* gen(): PyIterator {
    const first = source.next();
    if (first.done) return;
    let prev = first.value;
    for (const x of source) {
      yield PyTuple.of(prev, x);
      prev = x;
    }
  }
  return tag("pairwise", gen());
}

export function zip_longest(...args: unknown[]): PyIterator {
  const [iterables, fillvalue] = bind("zip_longest(*iterables, fillvalue=)", args);
  const sources = [...(iterables as PyTuple)].map((x) => iter(x));
  const fill = fillvalue === undefined ? null : fillvalue;
  function* gen(): PyIterator {
    if (sources.length === 0) return;
    const done = sources.map(() => false);
    for (;;) {
      const row = sources.map((s, i) => {
        if (done[i]) return fill;
        const r = s.next();
        if (r.done) {
          done[i] = true;
          return fill;
        }
        return r.value;
      });
      if (done.every((d) => d)) return;
      yield PyTuple.fromIterable(row);
    }
  }
  return tag("zip_longest", gen());
}
