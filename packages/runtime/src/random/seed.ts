// Random.seed()'s conversion of a seed value to the key words of init_by_array: ints by their
// absolute value, str/bytes through sha512 (version 2) or CPython's old string hash (version 1),
// floats through hash() read as an unsigned 64-bit value, None through the OS entropy source.
import { nodeCrypto } from "../host/node-modules.js";
import { PyBytes } from "../builtins/bytes.js";
import { encodeString } from "../builtins/codecs.js";
import { TypeError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { hashFloat } from "../builtins/hash.js";
import { codePoints } from "../builtins/items.js";

const SEED_TYPES = "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

// 32-bit words of |n|, least significant first; zero is one zero word.
export function intKey(n: number | bigint): number[] {
  let v = typeof n === "bigint" ? n : BigInt(n);
  if (v < 0n) v = -v;
  const words: number[] = [];
  while (v > 0n) {
    words.push(Number(v & 0xffffffffn));
    v >>= 32n;
  }
  return words.length > 0 ? words : [0];
}

export function urandomKey(): number[] {
  const bytes = nodeCrypto().randomBytes(624 * 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: 624 }, (_, i) => view.getUint32(i * 4, true));
}

function bytesOf(a: string | PyBytes): Uint8Array {
  return typeof a === "string" ? encodeString(a, "utf-8", "strict").bytes : a.bytes;
}

// version 2: int.from_bytes(a + sha512(a).digest()), big-endian.
function sha512Seed(a: string | PyBytes): bigint {
  const raw = bytesOf(a);
  const digest = nodeCrypto().createHash("sha512").update(raw).digest();
  const hex = Buffer.concat([Buffer.from(raw), digest]).toString("hex");
  return BigInt("0x" + hex);
}

// version 1: CPython 2's string hash over the code points (latin-1 for bytes).
function oldStringSeed(a: string | PyBytes): bigint {
  const cps = typeof a === "string" ? codePoints(a).map((c) => c.codePointAt(0)!) : [...a.bytes];
  let x = cps.length > 0 ? BigInt(cps[0]!) << 7n : 0n;
  for (const c of cps) x = BigInt.asUintN(64, 1000003n * x) ^ BigInt(c);
  return x ^ BigInt(cps.length);
}

// The key for `seed(a, version)`, or null for "seed from the OS".
export function seedKey(a: unknown, version: unknown): number[] | null {
  if (a === null || a === undefined) return null;
  const isText = typeof a === "string" || a instanceof PyBytes;
  if (version === 1 && isText) return intKey(oldStringSeed(a));
  if (version === 2 && isText) return intKey(sha512Seed(a));
  if (typeof a === "boolean") return intKey(a ? 1 : 0);
  if (typeof a === "number" && Number.isInteger(a)) return intKey(a);
  if (typeof a === "bigint") return intKey(a);
  if (a instanceof PyFloat || typeof a === "number") {
    const h = hashFloat(a instanceof PyFloat ? a.value : a);
    return intKey(BigInt.asUintN(64, BigInt(h)));
  }
  if (isText) {
    // Other versions hash the str/bytes object itself, which differs per process in CPython too.
    throw new TypeError(`seed version ${String(version)} for str/bytes is not supported by py2ts`);
  }
  throw new TypeError(SEED_TYPES);
}
