// The Mersenne Twister core of CPython's _random module (Modules/_randommodule.c): MT19937 with
// init_by_array seeding, 32-bit draws, getrandbits and the 53-bit random().
import { PyTuple } from "../builtins/tuple.js";
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { normInt, type PyInt } from "../builtins/num.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;

  // Public for numpy.random.seed(int), which seeds with init_genrand directly.
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  // key: 32-bit words, least significant first, at least one word.
  initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private twist(): void {
    const mt = this.mt;
    const mag = (y: number): number => (y & 1 ? MATRIX_A : 0);
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ mag(y);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ mag(y);
    }
    const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ mag(y);
    this.index = 0;
  }

  next32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  // random(): 27 + 26 bits from two draws, as genrand_res53.
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  // k >= 0 already checked; words are filled least significant first, the last one truncated.
  getrandbits(k: number): PyInt {
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.next32();
      const hi = this.next32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32, shift += 32n) {
      let r = this.next32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
    }
    return normInt(result);
  }

  getstate(): PyTuple<number> {
    return PyTuple.fromIterable([...this.mt, this.index]);
  }

  setstate(state: unknown): void {
    if (!(state instanceof PyTuple)) throw new TypeError("state vector must be a tuple");
    if (state.length !== N + 1) throw new ValueError("state vector is the wrong size");
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) words[i] = Number(BigInt.asUintN(32, BigInt(wordOf(state[i]))));
    const index = Number(wordOf(state[N]));
    if (index < 0 || index > N) throw new ValueError("invalid state");
    this.mt.set(words);
    this.index = index;
  }
}

function wordOf(x: unknown): number | bigint {
  if (typeof x === "boolean") return x ? 1 : 0;
  if ((typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint") return x;
  throw new TypeError("an integer is required");
}
