// Python range: lazy arithmetic progression with Python's len/index/contains/repr rules.
import { IndexError, ValueError } from "./exception-classes.js";

export class PyRange {
  static readonly __name__ = "range";
  readonly start: number;
  readonly stop: number;
  readonly step: number;

  constructor(a: number, b?: number, c?: number) {
    if (b === undefined) [this.start, this.stop, this.step] = [0, a, 1];
    else [this.start, this.stop, this.step] = [a, b, c ?? 1];
    if (this.step === 0) throw new ValueError("range() arg 3 must not be zero");
  }

  get length(): number {
    const { start, stop, step } = this;
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    return Math.max(0, n);
  }

  __len__(): number {
    return this.length;
  }

  at(i: number): number {
    const n = this.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw new IndexError("range object index out of range");
    return this.start + j * this.step;
  }

  has(x: unknown): boolean {
    const v = typeof x === "boolean" ? Number(x) : x;
    if (typeof v !== "number" || !Number.isInteger(v)) {
      const num = (v as { value?: unknown })?.value;
      return typeof num === "number" && Number.isInteger(num) && this.has(num);
    }
    const { start, stop, step } = this;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0;
  }

  index(x: unknown): number {
    if (!this.has(x)) throw new ValueError(`${String(x)} is not in range`);
    return ((x as number) - this.start) / this.step;
  }

  count(x: unknown): number {
    return this.has(x) ? 1 : 0;
  }

  *[Symbol.iterator](): Generator<number> {
    const { start, stop, step } = this;
    if (step > 0) for (let i = start; i < stop; i += step) yield i;
    else for (let i = start; i > stop; i += step) yield i;
  }
}
