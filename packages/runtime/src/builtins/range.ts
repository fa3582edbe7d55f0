// Python range: lazy arithmetic progression with Python's len/index/contains/repr rules.
// Bounds are ints: numbers while the range's every value and its length are safe integers
// (the common case, plain arithmetic), else bigints, so range(10**20, 10**20 + 3) is exact.
import { IndexError, OverflowError, ValueError } from "./exception-classes.js";
import { normInt, type PyInt } from "./num.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function toBig(x: PyInt): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

export class PyRange {
  static readonly __name__ = "range";
  readonly start: PyInt;
  readonly stop: PyInt;
  readonly step: PyInt;
  /** Some bound, or the distance between them, is beyond the safe integers: bigint arithmetic. */
  private readonly big: boolean;

  constructor(a: PyInt, b?: PyInt, c?: PyInt) {
    let start: PyInt, stop: PyInt, step: PyInt;
    if (b === undefined) [start, stop, step] = [0, a, 1];
    else [start, stop, step] = [a, b, c ?? 1];
    if (step === 0 || step === 0n) throw new ValueError("range() arg 3 must not be zero");
    [this.start, this.stop, this.step] = [normIntOf(start), normIntOf(stop), normIntOf(step)];
    this.big =
      typeof this.start === "bigint" || typeof this.stop === "bigint" || typeof this.step === "bigint" ||
      Math.abs(this.start) + Math.abs(this.stop) + Math.abs(this.step) > MAX_SAFE;
  }

  /** len(): CPython's OverflowError when it does not fit a Py_ssize_t. */
  get length(): number {
    if (!this.big) {
      const { start, stop, step } = this as { start: number; stop: number; step: number };
      const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
      return Math.max(0, n);
    }
    const n = this.bigLength();
    if (n > 2n ** 63n - 1n) throw new OverflowError("Python int too large to convert to C ssize_t");
    return Number(n);
  }

  private bigLength(): bigint {
    const [start, stop, step] = [toBig(this.start), toBig(this.stop), toBig(this.step)];
    const n = step > 0n ? (stop - start + step - 1n) / step : (start - stop - step - 1n) / -step;
    return n > 0n ? n : 0n;
  }

  __len__(): number {
    return this.length;
  }

  at(i: PyInt): PyInt {
    if (!this.big && typeof i === "number") {
      const n = this.length;
      const j = i < 0 ? i + n : i;
      if (j < 0 || j >= n) throw new IndexError("range object index out of range");
      return (this.start as number) + j * (this.step as number);
    }
    const n = this.bigLength();
    let j = toBig(i);
    if (j < 0n) j += n;
    if (j < 0n || j >= n) throw new IndexError("range object index out of range");
    return normInt(toBig(this.start) + j * toBig(this.step));
  }

  has(x: unknown): boolean {
    const v = typeof x === "boolean" ? Number(x) : x;
    if (!((typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint")) {
      const num = (v as { value?: unknown })?.value;
      return typeof num === "number" && Number.isInteger(num) && this.has(num);
    }
    if (!this.big && typeof v === "number") {
      const { start, stop, step } = this as { start: number; stop: number; step: number };
      if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
      return (v - start) % step === 0;
    }
    const [value, start, stop, step] = [toBig(v), toBig(this.start), toBig(this.stop), toBig(this.step)];
    if (step > 0n ? value < start || value >= stop : value > start || value <= stop) return false;
    return (value - start) % step === 0n;
  }

  index(x: unknown): PyInt {
    if (!this.has(x)) throw new ValueError(`${String(x)} is not in range`);
    if (!this.big && typeof x === "number") return (x - (this.start as number)) / (this.step as number);
    return normInt((toBig(typeof x === "boolean" ? Number(x) : (x as PyInt)) - toBig(this.start)) / toBig(this.step));
  }

  count(x: unknown): number {
    return this.has(x) ? 1 : 0;
  }

  /** range[i:j:k] from the slice's indices (slice.indices(len)), as CPython's compute_slice:
   *  the positions map to values, so the stop is the value at position j. */
  subRange(start: number, stop: number, stride: number): PyRange {
    const [first, step] = [toBig(this.start), toBig(this.step)];
    return new PyRange(normInt(first + BigInt(start) * step), normInt(first + BigInt(stop) * step), normInt(step * BigInt(stride)));
  }

  *[Symbol.iterator](): Generator<PyInt> {
    if (!this.big) {
      const { start, stop, step } = this as { start: number; stop: number; step: number };
      if (step > 0) for (let i = start; i < stop; i += step) yield i;
      else for (let i = start; i > stop; i += step) yield i;
      return;
    }
    const [start, stop, step] = [toBig(this.start), toBig(this.stop), toBig(this.step)];
    if (step > 0n) for (let i = start; i < stop; i += step) yield normInt(i);
    else for (let i = start; i > stop; i += step) yield normInt(i);
  }
}

function normIntOf(x: PyInt): PyInt {
  return typeof x === "bigint" ? normInt(x) : x;
}
