// random's integer and sequence methods, line for line with Lib/random.py (3.11): randrange,
// choice, shuffle, sample (pool or selected-set by CPython's setsize rule) and choices (bisect).
import { add, floordiv, mul, sub } from "../builtins/arith.js";
import { eq, lt } from "../builtins/compare.js";
import { toInt } from "../builtins/numparse.js";
import { PyDict } from "../builtins/dict.js";
import { IndexError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { getitem, setitem } from "../builtins/items.js";
import { iter } from "../builtins/iteration.js";
import type { PyInt } from "../builtins/num.js";
import { PyRange } from "../builtins/range.js";
import { PySet, PyFrozenSet } from "../builtins/set.js";
import { PyTuple } from "../builtins/tuple.js";
import { log } from "../math/libm.js";
import { asIndex, requireIndex, seqLen, toFloat } from "./args.js";

export interface IntSource {
  nextFloat(): number;
  randbelow(n: PyInt): PyInt;
}

// Python's _index(x), then randrange's deprecated fallback: int(x), which must equal x.
function rangeArg(x: unknown, what: string): PyInt {
  const i = asIndex(x);
  if (i !== undefined) return i;
  const v = toInt(x);
  if (!eq(v, x)) throw new ValueError(`non-integer ${what} for randrange()`);
  return v;
}

const gt0 = (x: PyInt): boolean => x > 0;

export function randrange(rng: IntSource, start: unknown, stop: unknown, step: unknown): PyInt {
  const istart = rangeArg(start, "arg 1");
  if (stop === null || stop === undefined) {
    if (step !== undefined && step !== 1) throw new TypeError("Missing a non-None stop argument");
    if (gt0(istart)) return rng.randbelow(istart);
    throw new ValueError("empty range for randrange()");
  }
  const istop = rangeArg(stop, "stop");
  const width = sub(istop, istart) as PyInt;
  const istep = step === undefined ? 1 : rangeArg(step, "step");
  if (istep === 1) {
    if (gt0(width)) return add(istart, rng.randbelow(width)) as PyInt;
    throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: PyInt;
  if (gt0(istep)) n = floordiv(sub(add(width, istep), 1), istep) as PyInt;
  else if (istep < 0) n = floordiv(add(add(width, istep), 1), istep) as PyInt;
  else throw new ValueError("zero step for randrange()");
  if (!gt0(n)) throw new ValueError("empty range for randrange()");
  return add(istart, mul(istep, rng.randbelow(n))) as PyInt;
}

export function choice(rng: IntSource, seq: unknown): unknown {
  const n = seqLen(seq);
  if (n === 0) throw new IndexError("Cannot choose from an empty sequence");
  return getitem(seq, rng.randbelow(n));
}

export function shuffle(rng: IntSource, x: unknown): null {
  const plain = Array.isArray(x) && !(x instanceof PyTuple);
  for (let i = seqLen(x) - 1; i >= 1; i--) {
    const j = rng.randbelow(i + 1) as number;
    if (plain) {
      const arr = x as unknown[];
      [arr[i], arr[j]] = [arr[j], arr[i]];
    } else {
      const xi = getitem(x, i);
      const xj = getitem(x, j);
      setitem(x, i, xj);
      setitem(x, j, xi);
    }
  }
  return null;
}

function isSequence(x: unknown): boolean {
  if (typeof x === "string" || Array.isArray(x) || x instanceof PyRange) return true;
  if (x instanceof PyDict || x instanceof PySet || x instanceof PyFrozenSet) return false;
  const o = x as { __len__?: unknown; __getitem__?: unknown } | null;
  return o !== null && typeof o === "object" && (typeof o.__getitem__ === "function" || Symbol.iterator in o);
}

// bisect.bisect_right(a, x, lo, hi)
function bisectRight(a: readonly unknown[], x: unknown, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lt(x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function accumulate(values: unknown): unknown[] {
  const out: unknown[] = [];
  let total: unknown;
  for (const v of iter(values)) {
    total = out.length === 0 ? v : add(total, v);
    out.push(total);
  }
  return out;
}

export function sample(rng: IntSource, population: unknown, kArg: unknown, counts: unknown): unknown[] {
  if (!isSequence(population)) {
    throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  const n = seqLen(population);
  if (counts !== null && counts !== undefined) {
    const cum = accumulate(counts);
    if (cum.length !== n) throw new ValueError("The number of counts does not match the population");
    const total = cum.pop();
    if (asIndex(total) === undefined) throw new TypeError("Counts must be integers");
    if (!gt0(asIndex(total)!)) throw new ValueError("Total of counts must be greater than zero");
    const selections = sample(rng, new PyRange(Number(total)), kArg, null);
    return selections.map((s) => getitem(population, bisectRight(cum, s, 0, cum.length)));
  }
  const k = requireIndex(kArg);
  if (!(k >= 0 && k <= n)) throw new ValueError("Sample larger than population or is negative");
  const kk = Number(k);
  const result: unknown[] = new Array(kk).fill(null);
  let setsize = 21;
  if (kk > 5) setsize += 4 ** Math.ceil(log(kk * 3) / log(4));
  if (n <= setsize) {
    const pool = Array.isArray(population) ? [...population] : [...(iter(population) as Iterable<unknown>)];
    for (let i = 0; i < kk; i++) {
      const j = rng.randbelow(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < kk; i++) {
      let j = rng.randbelow(n) as number;
      while (selected.has(j)) j = rng.randbelow(n) as number;
      selected.add(j);
      result[i] = getitem(population, j);
    }
  }
  return result;
}

export function choices(rng: IntSource, population: unknown, weights: unknown, cumWeights: unknown, kArg: unknown): unknown[] {
  const n = seqLen(population);
  const k = Math.max(0, Number(requireIndex(kArg)));
  const none = (x: unknown): boolean => x === null || x === undefined;
  if (none(cumWeights)) {
    if (none(weights)) {
      const out: unknown[] = [];
      for (let i = 0; i < k; i++) out.push(getitem(population, Math.floor(rng.nextFloat() * n)));
      return out;
    }
    try {
      cumWeights = accumulate(weights);
    } catch (e) {
      const kw = asIndex(weights);
      if (!(e instanceof TypeError) || kw === undefined || typeof weights === "boolean") throw e;
      throw new TypeError(`The number of choices must be a keyword argument: k=${kw}`);
    }
  } else if (!none(weights)) {
    throw new TypeError("Cannot specify both weights and cumulative weights");
  }
  const cum = Array.isArray(cumWeights) ? cumWeights : [...(iter(cumWeights) as Iterable<unknown>)];
  if (seqLen(cumWeights) !== n) throw new ValueError("The number of weights does not match the population");
  if (cum.length === 0) throw new IndexError("list index out of range");
  const total = toFloat(cum[cum.length - 1]) + 0.0;
  if (total <= 0.0) throw new ValueError("Total of weights must be greater than zero");
  if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
  const out: unknown[] = [];
  for (let i = 0; i < k; i++) out.push(getitem(population, bisectRight(cum, new PyFloat(rng.nextFloat() * total), 0, n - 1)));
  return out;
}
