// numpy.random's legacy global RandomState: MT19937 seeded as numpy's `seed(int)` does
// (init_genrand, not CPython's init_by_array), doubles from two draws ((a>>5)*2**26 + (b>>6))
// / 2**53 as random_sample, and randint by masked rejection sampling, so seeded programs draw
// numpy's numbers. Generators (default_rng) and the other distributions are not provided.
// A program may import numpy.random alone: its arrays still need their operators and printing.
import "./methods.js";
import "./crossing.js";
import { ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { normInt } from "../builtins/num.js";
import { PyTuple } from "../builtins/tuple.js";
import { MersenneTwister } from "../random/mt19937.js";
import { urandomKey } from "../random/seed.js";
import { byKind, toDtype } from "./dtype.js";
import { bind } from "./creation.js";
import { cStrides, elementOf, indexValue, ndarray } from "./ndarray.js";

const state = { mt: seeded(null) };

function seeded(seed: unknown): MersenneTwister {
  const mt = new MersenneTwister();
  if (seed === null || seed === undefined) {
    mt.initByArray(urandomKey());
    return mt;
  }
  const n = indexValue(seed);
  if (n < 0 || n > 0xffffffff) throw new ValueError("Seed must be between 0 and 2**32 - 1");
  mt.initGenrand(n);
  return mt;
}

export function seed(value: unknown = null): null {
  state.mt = seeded(value);
  return null;
}

function sizeShape(size: unknown): number[] | undefined {
  if (size === null || size === undefined) return undefined;
  return size instanceof PyTuple || Array.isArray(size) ? [...(size as unknown[])].map(indexValue) : [indexValue(size)];
}

function floats(shape: number[] | undefined): unknown {
  if (shape === undefined) return new PyFloat(state.mt.random());
  const size = shape.reduce((a, b) => a * b, 1);
  if (shape.some((n) => n < 0)) throw new ValueError("negative dimensions are not allowed");
  const data = new Float64Array(size);
  for (let i = 0; i < size; i++) data[i] = state.mt.random();
  return new ndarray(byKind("float64"), data, shape, cStrides(shape), 0);
}

/** rand(d0, d1, …): uniform floats in [0, 1) of that shape; a float when no dimension given. */
export function rand(...dims: unknown[]): unknown {
  return floats(dims.length === 0 ? undefined : dims.map(indexValue));
}

export function random(...args: unknown[]): unknown {
  const [size] = bind("random", args, ["size"]);
  return floats(sizeShape(size));
}

export const random_sample = random;

// The smallest 2**k - 1 covering rng, as numpy's gen_mask.
function mask(rng: bigint): bigint {
  let m = rng;
  for (const shift of [1n, 2n, 4n, 8n, 16n, 32n]) m |= m >> shift;
  return m;
}

function boundedDraw(rng: bigint, m: bigint): bigint {
  if (rng === 0n) return 0n;
  if (rng <= 0xffffffffn) {
    if (rng === 0xffffffffn) return BigInt(state.mt.next32());
    for (;;) {
      const v = BigInt(state.mt.next32()) & m;
      if (v <= rng) return v;
    }
  }
  for (;;) {
    const hi = BigInt(state.mt.next32());
    const lo = BigInt(state.mt.next32());
    const v = ((hi << 32n) | lo) & m;
    if (v <= rng) return v;
  }
}

/** randint(low, high=None, size=None): ints in [low, high) (or [0, low)); a Python int when
 *  no size is given, as numpy's legacy RandomState returns. */
export function randint(...args: unknown[]): unknown {
  const [lowArg, highArg, size, dtype] = bind("randint", args, ["low", "high", "size", "dtype"]);
  if (dtype !== undefined && dtype !== null && toDtype(dtype).name !== "int64") {
    throw new ValueError("py2ts: numpy.random.randint(dtype=…) supports only int64");
  }
  let low = elementOf(lowArg)[0];
  let high: bigint;
  if (highArg === undefined || highArg === null) {
    high = BigInt(low);
    low = 0n;
    if (high <= 0n) throw new ValueError("high <= 0");
  } else {
    high = BigInt(elementOf(highArg)[0]);
    if (BigInt(low) >= high) throw new ValueError("low >= high");
  }
  const off = BigInt(low);
  const rng = high - 1n - off;
  const m = mask(rng);
  const shape = sizeShape(size);
  if (shape === undefined) return normInt(off + boundedDraw(rng, m));
  const count = shape.reduce((a, b) => a * b, 1);
  const data = new BigInt64Array(count);
  for (let i = 0; i < count; i++) data[i] = off + boundedDraw(rng, m);
  return new ndarray(byKind("int64"), data, shape, cStrides(shape), 0);
}
