// datetime.timedelta: normalized to (days, seconds, microseconds) as CPython does, with its
// arithmetic computed exactly on the total number of microseconds (a bigint).
import { OverflowError, TypeError, ZeroDivisionError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { NotImplemented } from "../builtins/compare.js";
import { PyTuple } from "../builtins/tuple.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import { typeName } from "../builtins/typename.js";
import { pad, roundHalfEven } from "./calendar.js";

const US_PER_DAY = 86_400_000_000n;
const MAX_DAYS = 999999999;

const sig = signatureFromText("timedelta(days=, seconds=, microseconds=, milliseconds=, minutes=, hours=, weeks=)");
const FACTORS = [86_400_000_000, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000, 604_800_000_000];

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** round(a / b) half to even, on bigints. */
function divRound(a: bigint, b: bigint): bigint {
  let q = floorDiv(a, b);
  const r = a - q * b;
  const twice = 2n * r;
  const bb = b < 0n ? -b : b;
  const tr = b < 0n ? -twice : twice;
  if (tr > bb || (tr === bb && q % 2n !== 0n)) q += 1n;
  return q;
}

// A float as an exact ratio n/d (d a power of two), so products round as CPython's do.
function floatRatio(x: number): [bigint, bigint] {
  let d = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    d *= 2n;
  }
  return [BigInt(v), d];
}

export class timedelta {
  static readonly __module__ = "datetime";
  static readonly __name__ = "timedelta";
  declare static min: timedelta;
  declare static max: timedelta;
  declare static resolution: timedelta;
  readonly days: number;
  readonly seconds: number;
  readonly microseconds: number;

  constructor(...args: unknown[]) {
    const values = bindArguments(sig, args);
    let total = 0n;
    let fraction = 0;
    values.forEach((v, i) => {
      if (v === undefined) return;
      if (typeof v === "boolean" || typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v))) {
        total += BigInt(v as number | bigint | boolean as never) * BigInt(FACTORS[i]!);
      } else if (v instanceof PyFloat || typeof v === "number") {
        const f = Number(v.valueOf());
        const [n, d] = floatRatio(f);
        const scaled = n * BigInt(FACTORS[i]!);
        const whole = floorDiv(scaled, d);
        total += whole;
        fraction += Number(scaled - whole * d) / Number(d);
      } else {
        throw new TypeError(`unsupported type for timedelta ${sig.params[i]!.name} component: ${typeName(v)}`);
      }
    });
    if (fraction !== 0) total += BigInt(roundHalfEven(fraction));
    const [d, s, us] = timedelta.split(total);
    this.days = d;
    this.seconds = s;
    this.microseconds = us;
  }

  private static split(total: bigint): [number, number, number] {
    const days = floorDiv(total, US_PER_DAY);
    if (days > BigInt(MAX_DAYS) || days < BigInt(-MAX_DAYS)) {
      throw new OverflowError(`days=${days}; must have magnitude <= ${MAX_DAYS}`);
    }
    const rest = Number(total - days * US_PER_DAY);
    return [Number(days), Math.floor(rest / 1_000_000), rest % 1_000_000];
  }

  static fromMicroseconds(total: bigint): timedelta {
    return new timedelta(0, 0, total);
  }

  _us(): bigint {
    return BigInt(this.days) * US_PER_DAY + BigInt(this.seconds) * 1_000_000n + BigInt(this.microseconds);
  }

  total_seconds(): PyFloat {
    return new PyFloat(Number(this._us()) / 1e6);
  }

  __str__(): string {
    const mm = Math.floor(this.seconds / 60);
    const ss = this.seconds % 60;
    let s = `${Math.floor(mm / 60)}:${pad(mm % 60, 2)}:${pad(ss, 2)}`;
    if (this.days) s = `${this.days} day${Math.abs(this.days) !== 1 ? "s" : ""}, ${s}`;
    if (this.microseconds) s += "." + pad(this.microseconds, 6);
    return s;
  }
  toString(): string {
    return this.__str__();
  }
  __repr__(): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.microseconds) parts.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${parts.length ? parts.join(", ") : "0"})`;
  }
  get __pytype__(): string {
    return "datetime.timedelta";
  }

  __add__(o: unknown): unknown {
    if (o instanceof timedelta) return timedelta.fromMicroseconds(this._us() + o._us());
    return NotImplemented;
  }
  __radd__(o: unknown): unknown {
    return this.__add__(o);
  }
  __sub__(o: unknown): unknown {
    if (o instanceof timedelta) return timedelta.fromMicroseconds(this._us() - o._us());
    return NotImplemented;
  }
  __rsub__(o: unknown): unknown {
    if (o instanceof timedelta) return timedelta.fromMicroseconds(o._us() - this._us());
    return NotImplemented;
  }
  __neg__(): timedelta {
    return timedelta.fromMicroseconds(-this._us());
  }
  __pos__(): timedelta {
    return this;
  }
  __abs__(): timedelta {
    return this.days < 0 ? this.__neg__() : this;
  }
  __mul__(o: unknown): unknown {
    if (typeof o === "number" && Number.isInteger(o)) return timedelta.fromMicroseconds(this._us() * BigInt(o));
    if (typeof o === "bigint" || typeof o === "boolean") return timedelta.fromMicroseconds(this._us() * BigInt(o as never));
    if (o instanceof PyFloat) {
      const [n, d] = floatRatio(o.value);
      return timedelta.fromMicroseconds(divRound(this._us() * n, d));
    }
    return NotImplemented;
  }
  __rmul__(o: unknown): unknown {
    return this.__mul__(o);
  }
  __truediv__(o: unknown): unknown {
    if (o instanceof timedelta) {
      if (o._us() === 0n) throw new ZeroDivisionError("division by zero");
      return new PyFloat(Number(this._us()) / Number(o._us()));
    }
    if ((typeof o === "number" && Number.isInteger(o)) || typeof o === "bigint") {
      if (BigInt(o) === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
      return timedelta.fromMicroseconds(divRound(this._us(), BigInt(o)));
    }
    if (o instanceof PyFloat) {
      if (o.value === 0) throw new ZeroDivisionError("float division by zero");
      const [n, d] = floatRatio(o.value);
      return timedelta.fromMicroseconds(divRound(this._us() * d, n));
    }
    return NotImplemented;
  }
  __floordiv__(o: unknown): unknown {
    if (o instanceof timedelta) {
      if (o._us() === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
      const q = floorDiv(this._us(), o._us());
      return q >= BigInt(Number.MIN_SAFE_INTEGER) && q <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(q) : q;
    }
    if ((typeof o === "number" && Number.isInteger(o)) || typeof o === "bigint") {
      if (BigInt(o) === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
      return timedelta.fromMicroseconds(floorDiv(this._us(), BigInt(o)));
    }
    return NotImplemented;
  }
  __mod__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    if (o._us() === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
    const a = this._us();
    return timedelta.fromMicroseconds(a - floorDiv(a, o._us()) * o._us());
  }
  __divmod__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    return PyTuple.of(this.__floordiv__(o), this.__mod__(o));
  }
  __bool__(): boolean {
    return this.days !== 0 || this.seconds !== 0 || this.microseconds !== 0;
  }

  private cmp(o: unknown): number | undefined {
    if (!(o instanceof timedelta)) return undefined;
    const a = this._us();
    const b = o._us();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  __eq__(o: unknown): unknown {
    const c = this.cmp(o);
    return c === undefined ? NotImplemented : c === 0;
  }
  __ne__(o: unknown): unknown {
    const c = this.cmp(o);
    return c === undefined ? NotImplemented : c !== 0;
  }
  __lt__(o: unknown): unknown {
    const c = this.cmp(o);
    return c === undefined ? NotImplemented : c < 0;
  }
  __le__(o: unknown): unknown {
    const c = this.cmp(o);
    return c === undefined ? NotImplemented : c <= 0;
  }
  __gt__(o: unknown): unknown {
    const c = this.cmp(o);
    return c === undefined ? NotImplemented : c > 0;
  }
  __ge__(o: unknown): unknown {
    const c = this.cmp(o);
    return c === undefined ? NotImplemented : c >= 0;
  }
  __pykey__(): string {
    return "\0timedelta" + this._us().toString();
  }
}

timedelta.min = new timedelta(-MAX_DAYS);
timedelta.max = new timedelta(MAX_DAYS, 86399, 999999);
timedelta.resolution = new timedelta(0, 0, 1);
