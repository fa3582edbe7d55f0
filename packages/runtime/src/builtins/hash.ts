// Python hashing and dict-key identity. `keyOf` maps a hashable value to a JS Map key so that
// values Python calls equal (1, 1.0, True; equal tuples) share one key; objects with a
// user-defined __hash__ fall back to hash buckets compared with __eq__ (see dict.ts).
import { TypeError } from "./exception-classes.js";
import { typeName } from "./typename.js";
import { PyFloat } from "./float.js";
import { PyTuple } from "./tuple.js";
import { PyBytes } from "./bytes.js";
import { cpythonBytesHash, cpythonStrHash } from "./strhash.js";

const MODULUS = (1n << 61n) - 1n;
const MASK64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

let nextId = 0;
const ids = new WeakMap<object, number>();

// A stable fake address per object, shaped like CPython's (0x7f...).
export function objectId(obj: object): number {
  let id = ids.get(obj);
  if (id === undefined) {
    id = 0x7f3a1c000000 + (nextId++ * 0x40 + 0x10);
    ids.set(obj, id);
  }
  return id;
}

export function unhashable(x: unknown): never {
  throw new TypeError(`unhashable type: '${typeName(x)}'`);
}

function bigHashToNumber(h: bigint): number | bigint {
  const n = BigInt.asIntN(64, h);
  return n >= -(2n ** 53n) + 1n && n <= 2n ** 53n - 1n ? Number(n) : n;
}

export function hashInt(n: number | bigint): number | bigint {
  if (typeof n === "number" && Math.abs(n) < 2 ** 52) {
    // Fits below the modulus already.
    return n === -1 ? -2 : n;
  }
  const b = BigInt(n);
  let h = (b < 0n ? -b : b) % MODULUS;
  if (b < 0n) h = -h;
  if (h === -1n) h = -2n;
  return bigHashToNumber(h);
}

// CPython's _Py_HashDouble: the value reduced modulo 2**61-1, exactly, via its binary expansion.
export function hashFloat(x: number): number | bigint {
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const bits = buf.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  // x = mant * 2**exp; 2**-k mod P is 2**(61 - k mod 61) since 2**61 ≡ 1.
  const e = ((exp % 61) + 61) % 61;
  let h = ((mant % MODULUS) * ((1n << BigInt(e)) % MODULUS)) % MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return bigHashToNumber(h);
}

export function hashTuple(items: readonly unknown[]): number | bigint {
  return hashTupleOf(items.map(pyHash));
}

// CPython's tuplehash (xxHash-style) over the items' hashes.
export function hashTupleOf(hashes: readonly (number | bigint)[]): number | bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  return bigHashToNumber(acc);
}

// Strings under a random PYTHONHASHSEED, where no value can match CPython's: a deterministic
// FNV-1a over code points (with a fixed seed, pyHash uses CPython's own, strhash.ts).
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}


export function pyHash(x: unknown): number | bigint {
  if (x === null || x === undefined) return 0xfcd1e5a;
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? hashInt(x) : hashFloat(x);
    case "bigint":
      return hashInt(x);
    case "boolean":
      return x ? 1 : 0;
    case "string":
      return cpythonStrHash(x) ?? hashString(x);
    case "function":
      return Math.floor(objectId(x) / 16);
  }
  if (x instanceof PyFloat) return hashFloat(x.value);
  if (x instanceof PyTuple) return hashTuple(x);
  if (Array.isArray(x)) unhashable(x);
  const builtin = (x as { __pyhash__?: () => number | bigint }).__pyhash__;
  if (typeof builtin === "function") return builtin.call(x);
  const custom = (x as { __hash__?: unknown }).__hash__;
  if (custom === null || (custom === undefined && definesEq(x))) unhashable(x);
  if (typeof custom === "function") return (custom as () => number | bigint).call(x);
  return Math.floor(objectId(x as object) / 16);
}

// Marks a key that must be found by hash bucket and __eq__ (user __hash__, frozensets, tuples
// holding those).
export class BucketKey {
  constructor(readonly hash: number | bigint) {}
}

// Map key for a hashable value; strings starting with NUL are escaped so that they never
// collide with the encodings of tuples ("\0T…") and bytes ("\0B…").
export function keyOf(x: unknown): unknown {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "string":
      return x.charCodeAt(0) === 0 ? "\0S" + x : x;
    case "undefined":
      return null;
    case "function":
      return x;
  }
  if (x === null) return null;
  if (x instanceof PyFloat) return floatKey(x);
  if (x instanceof PyTuple) {
    const enc = encodeTuple(x);
    return enc === undefined ? new BucketKey(hashTuple(x)) : "\0T" + enc;
  }
  if (Array.isArray(x)) unhashable(x);
  const asKey = (x as { __pykey__?: () => unknown }).__pykey__;
  if (typeof asKey === "function") return asKey.call(x);
  // Builtin containers: dict/set raise "unhashable type" here.
  const builtinHash = (x as { __pyhash__?: () => number | bigint }).__pyhash__;
  if (typeof builtinHash === "function") return new BucketKey(builtinHash.call(x));
  const custom = (x as { __hash__?: unknown }).__hash__;
  if (custom === null || (custom === undefined && definesEq(x))) unhashable(x);
  if (typeof custom === "function") return new BucketKey(pyHash(x));
  return x;
}

function floatKey(f: PyFloat): unknown {
  const v = f.value;
  if (Number.isNaN(v)) return f;
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
  return v;
}

// Structural encoding of a tuple whose items all have primitive keys; undefined if any item
// needs bucket lookup. Identity-keyed objects are encoded by their id.
function encodeTuple(t: readonly unknown[]): string | undefined {
  const parts: string[] = [];
  for (const item of t) {
    const k = keyOf(item);
    if (k instanceof BucketKey) return undefined;
    switch (typeof k) {
      case "number":
        parts.push(String(k));
        break;
      case "bigint":
        parts.push(`${k}n`);
        break;
      case "string":
        parts.push(JSON.stringify(k));
        break;
      default:
        parts.push(k === null ? "N" : `@${objectId(k as object)}`);
    }
  }
  return `(${parts.join(",")})`;
}

// A Python class that defines __eq__ without __hash__ gets __hash__ = None.
function definesEq(x: unknown): boolean {
  return typeof (x as { __eq__?: unknown }).__eq__ === "function";
}

// frozenset_hash: order-independent (xor of the shuffled member hashes), then dispersed.
export function hashFrozenSet(hashes: Iterable<number | bigint>): number | bigint {
  let acc = 0n;
  let n = 0n;
  for (const h of hashes) {
    const u = BigInt.asUintN(64, BigInt(h));
    acc ^= (((u ^ 89869747n) ^ (u << 16n)) * 3644798167n) & MASK64;
    n++;
  }
  acc ^= ((n + 1n) * 1927868237n) & MASK64;
  acc ^= (acc >> 11n) ^ (acc >> 25n);
  acc = (acc * 69069n + 907133923n) & MASK64;
  if (acc === MASK64) acc = 590923713n;
  return bigHashToNumber(acc);
}

// The hash CPython gives `x` when it is the same in every run, given its key (keyOf(x)):
// numbers, str and bytes under a fixed PYTHONHASHSEED, tuples and frozensets of them, and user
// __hash__ results (deterministic whenever CPython's are). undefined for hashes that vary per
// run: str and bytes under a random seed, None, NaN and objects hashed by address.
export function stableHash(x: unknown, key: unknown): number | bigint | undefined {
  // A builtin value that knows its own (a complex equal to a float shares the float's key).
  const own = (x as { __stablehash__?: () => number | bigint | undefined } | null)?.__stablehash__;
  if (typeof own === "function" && typeof x === "object") return own.call(x);
  switch (typeof key) {
    case "number":
    case "bigint":
      if (typeof x === "boolean") return x ? 1 : 0;
      if (x instanceof PyFloat) return hashFloat(x.value);
      return typeof x === "number" && !Number.isInteger(x) ? hashFloat(x) : hashInt(key); // key: also an int-like object's __pykey__
    case "string":
      // str and bytes: CPython's own hash when PYTHONHASHSEED fixes it (strhash.ts).
      if (typeof x === "string") return cpythonStrHash(x);
      if (x instanceof PyBytes) return cpythonBytesHash(x.bytes);
      return x instanceof PyTuple ? stableTupleHash(x) : undefined;
  }
  if (!(key instanceof BucketKey)) return undefined;
  if (x instanceof PyTuple) return stableTupleHash(x);
  const builtin = (x as { __stablehash__?: () => number | bigint | undefined }).__stablehash__;
  if (typeof builtin === "function") return builtin.call(x);
  if (typeof (x as { __pyhash__?: unknown }).__pyhash__ === "function") return undefined;
  return key.hash;
}

function stableTupleHash(t: PyTuple): number | bigint | undefined {
  const hashes: (number | bigint)[] = [];
  for (const item of t) {
    const h = stableHash(item, keyOf(item));
    if (h === undefined) return undefined;
    hashes.push(h);
  }
  return hashTupleOf(hashes);
}
