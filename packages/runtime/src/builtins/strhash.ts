// CPython 3.11's str and bytes hash: SipHash-1-3 over the string's internal representation
// (1, 2 or 4 bytes per code point, little-endian), keyed by _Py_HashSecret. The key is known
// only when PYTHONHASHSEED fixes it (0: all zero; N: CPython's lcg_urandom(N) bytes); with a
// random seed no value can match CPython's, and callers fall back to their own hash.
// 64-bit words are [hi, lo] pairs of uint32 so that no BigInt is needed per round.

type Word = [hi: number, lo: number];

function seedKey(): [Word, Word] | undefined {
  const text = typeof process === "undefined" ? undefined : process.env.PYTHONHASHSEED;
  if (text === undefined || text === "random" || !/^\d+$/.test(text)) return undefined;
  const seed = Number(text);
  const secret = new Uint8Array(24);
  // lcg_urandom: x = x * 214013 + 2531011 (mod 2**32), one byte (x >> 16) & 0xff at a time.
  let x = seed >>> 0;
  if (seed !== 0) {
    for (let i = 0; i < secret.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      secret[i] = (x >>> 16) & 0xff;
    }
  }
  const word = (at: number): Word => {
    const view = new DataView(secret.buffer, at, 8);
    return [view.getUint32(4, true), view.getUint32(0, true)];
  };
  return [word(0), word(8)];
}

const KEY = seedKey();

/** Whether str/bytes hashes equal CPython's in this process (PYTHONHASHSEED is a number). */
export const hasFixedHashSeed = KEY !== undefined;

function add(a: Word, b: Word): void {
  const lo = a[1] + b[1];
  a[0] = (a[0] + b[0] + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  a[1] = lo >>> 0;
}
function xor(a: Word, b: Word): void {
  a[0] = (a[0] ^ b[0]) >>> 0;
  a[1] = (a[1] ^ b[1]) >>> 0;
}
function rotl(a: Word, s: number): void {
  let [hi, lo] = a;
  if (s >= 32) {
    [hi, lo] = [lo, hi];
    s -= 32;
  }
  if (s === 0) {
    a[0] = hi;
    a[1] = lo;
    return;
  }
  a[0] = ((hi << s) | (lo >>> (32 - s))) >>> 0;
  a[1] = ((lo << s) | (hi >>> (32 - s))) >>> 0;
}

// HALF_ROUND(a, b, c, d, s, t) of CPython's pyhash.c.
function halfRound(a: Word, b: Word, c: Word, d: Word, s: number, t: number): void {
  add(a, b);
  add(c, d);
  rotl(b, s);
  xor(b, a);
  rotl(d, t);
  xor(d, c);
  rotl(a, 32);
}

function singleRound(v: Word[]): void {
  halfRound(v[0]!, v[1]!, v[2]!, v[3]!, 13, 16);
  halfRound(v[2]!, v[1]!, v[0]!, v[3]!, 17, 21);
}

function siphash13(k0: Word, k1: Word, data: Uint8Array): Word {
  const v: Word[] = [
    [(k0[0] ^ 0x736f6d65) >>> 0, (k0[1] ^ 0x70736575) >>> 0],
    [(k1[0] ^ 0x646f7261) >>> 0, (k1[1] ^ 0x6e646f6d) >>> 0],
    [(k0[0] ^ 0x6c796765) >>> 0, (k0[1] ^ 0x6e657261) >>> 0],
    [(k1[0] ^ 0x74656462) >>> 0, (k1[1] ^ 0x79746573) >>> 0],
  ];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  for (; at + 8 <= data.length; at += 8) {
    const m: Word = [view.getUint32(at + 4, true), view.getUint32(at, true)];
    xor(v[3]!, m);
    singleRound(v);
    xor(v[0]!, m);
  }
  // The last 0-7 bytes, with the length in the top byte.
  const tail = new Uint8Array(8);
  tail.set(data.subarray(at));
  tail[7] = data.length & 0xff;
  const tv = new DataView(tail.buffer);
  const b: Word = [tv.getUint32(4, true), tv.getUint32(0, true)];
  xor(v[3]!, b);
  singleRound(v);
  xor(v[0]!, b);
  xor(v[2]!, [0, 0xff]);
  singleRound(v);
  singleRound(v);
  singleRound(v);
  const out: Word = [v[0]![0], v[0]![1]];
  xor(out, v[1]!);
  xor(out, v[2]!);
  xor(out, v[3]!);
  return out;
}

function toHash(w: Word): number | bigint {
  const n = BigInt.asIntN(64, (BigInt(w[0]) << 32n) | BigInt(w[1]));
  const h = n === -1n ? -2n : n;
  return h >= -(2n ** 53n) + 1n && h <= 2n ** 53n - 1n ? Number(h) : h;
}

/** _Py_HashBytes under the fixed seed; undefined when the seed is random. */
export function cpythonBytesHash(data: Uint8Array): number | bigint | undefined {
  if (!KEY) return undefined;
  if (data.length === 0) return 0;
  return toHash(siphash13(KEY[0], KEY[1], data));
}

// The PEP 393 representation: the narrowest of 1, 2 or 4 bytes per code point.
function unicodeData(s: string): Uint8Array {
  const points = Array.from(s, (c) => c.codePointAt(0)!);
  const max = points.reduce((m, p) => Math.max(m, p), 0);
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(points.length * kind);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => {
    if (kind === 1) out[i] = p;
    else if (kind === 2) view.setUint16(i * 2, p, true);
    else view.setUint32(i * 4, p, true);
  });
  return out;
}

const cache = new Map<string, number | bigint>();

/** hash(s) as CPython computes it under the fixed seed; undefined when the seed is random. */
export function cpythonStrHash(s: string): number | bigint | undefined {
  if (!KEY) return undefined;
  let h = cache.get(s);
  if (h === undefined) {
    h = cpythonBytesHash(unicodeData(s))!;
    if (cache.size > 100_000) cache.clear();
    cache.set(s, h);
  }
  return h;
}
