// math's integer functions, exact at any size (bigint past 2**53): floor/ceil/trunc, isqrt,
// factorial, comb, perm, gcd, lcm.
import { OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { normInt, type PyInt } from "../builtins/num.js";
import { typeName } from "../builtins/typename.js";
import { asIntArg, toDouble, toIndex } from "./convert.js";

const big = (x: PyInt): bigint => (typeof x === "bigint" ? x : BigInt(x));

function floatToInt(v: number): PyInt {
  if (Number.isNaN(v)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw new OverflowError("cannot convert float infinity to integer");
  return Number.isSafeInteger(v) ? v : normInt(BigInt(v));
}

function rounding(name: string, round: (v: number) => number, dunder: string) {
  return (x: unknown): PyInt => {
    const i = asIntArg(x);
    if (i !== undefined) return i;
    const m = (x as Record<string, unknown> | null)?.[dunder];
    if (x !== null && typeof x === "object" && !(x instanceof PyFloat) && typeof m === "function") return m.call(x) as PyInt;
    if (name === "trunc" && !(x instanceof PyFloat) && typeof x !== "number") {
      throw new TypeError(`type ${typeName(x)} doesn't define __trunc__ method`);
    }
    return floatToInt(round(toDouble(x)));
  };
}

export const floor = rounding("floor", Math.floor, "__floor__");
export const ceil = rounding("ceil", Math.ceil, "__ceil__");
export const trunc = rounding("trunc", Math.trunc, "__trunc__");

export function isqrt(nArg: unknown): PyInt {
  const n = big(toIndex(nArg));
  if (n < 0n) throw new ValueError("isqrt() argument must be nonnegative");
  if (n < 2n) return Number(n);
  // Newton from above: the first x with x*x <= n after a decreasing run is the floor root.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normInt(x);
    x = y;
  }
}

function rangeProduct(lo: bigint, hi: bigint): bigint {
  // product of lo..hi inclusive, split in halves so the bigint multiplications stay balanced
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function factorial(nArg: unknown): PyInt {
  const n = toIndex(nArg);
  if (n < 0) throw new ValueError("factorial() not defined for negative values");
  if (typeof n === "bigint") throw new OverflowError("factorial() argument should not exceed 9223372036854775807");
  return n < 2 ? 1 : normInt(rangeProduct(1n, BigInt(n)));
}

export function perm(nArg: unknown, kArg?: unknown): PyInt {
  if (kArg === undefined || kArg === null) return factorial(nArg);
  const n = big(toIndex(nArg));
  const k = big(toIndex(kArg));
  if (n < 0n) throw new ValueError("n must be a non-negative integer");
  if (k < 0n) throw new ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  if (k === 0n) return 1;
  return normInt(rangeProduct(n - k + 1n, n));
}

export function comb(nArg: unknown, kArg: unknown): PyInt {
  const n = big(toIndex(nArg));
  let k = big(toIndex(kArg));
  if (n < 0n) throw new ValueError("n must be a non-negative integer");
  if (k < 0n) throw new ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (k === 0n) return 1;
  return normInt(rangeProduct(n - k + 1n, n) / rangeProduct(1n, k));
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export function gcd(...args: unknown[]): PyInt {
  let acc: PyInt = 0;
  for (const a of args) {
    const v = toIndex(a);
    acc = typeof acc === "number" && typeof v === "number" ? gcdNum(acc, v) : normInt(gcd2(big(acc), big(v)));
  }
  return acc;
}

export function lcm(...args: unknown[]): PyInt {
  let acc = 1n;
  const ints = args.map(toIndex);
  for (const v of ints) {
    const b = big(v);
    if (b === 0n || acc === 0n) {
      acc = 0n;
      continue;
    }
    const prod = (acc / gcd2(acc, b)) * b;
    acc = prod < 0n ? -prod : prod;
  }
  return normInt(acc);
}
