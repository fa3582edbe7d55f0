// numpy's scalar types as results of indexing and reductions. np.float64 is a subclass of
// Python's float in numpy too, so it is one here (PyFloat): it prints, formats, hashes and mixes
// with Python numbers as a float. numpy 2 shows its type in repr: `np.float64(1.5)`, while str()
// and print() give `1.5`. np.int64 is not an int subclass in numpy; it wraps a 64-bit value and
// answers __index__, so it works wherever Python wants an int. np.bool is np.True_/np.False_.
import { PyFloat } from "../builtins/float.js";
import { floatRepr } from "../builtins/repr.js";
import { format } from "../builtins/format.js";
import { hash } from "../builtins/numeric-functions.js";
import { normInt, type PyInt } from "../builtins/num.js";
import { OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { registerScalarType } from "./dtype.js";
import { typeName } from "../builtins/typename.js";

export class float64 extends PyFloat {
  static readonly __module__ = "numpy";

  constructor(x: unknown = 0) {
    super(toNumber(x));
  }

  __repr__(): string {
    return `np.float64(${floatRepr(this.value)})`;
  }

  __str__(): string {
    return floatRepr(this.value);
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export class int64 {
  static readonly __name__ = "int64";
  static readonly __module__ = "numpy";
  readonly value: bigint;

  constructor(x: unknown = 0) {
    this.value = toInt64(x);
  }

  __repr__(): string {
    return `np.int64(${this.value})`;
  }

  __str__(): string {
    return String(this.value);
  }

  __index__(): PyInt {
    return normInt(this.value);
  }

  __int__(): PyInt {
    return normInt(this.value);
  }

  __float__(): PyFloat {
    return new PyFloat(Number(this.value));
  }

  __bool__(): boolean {
    return this.value !== 0n;
  }

  __hash__(): PyInt {
    return hash(normInt(this.value));
  }

  __format__(spec: string): string {
    return format(normInt(this.value), spec);
  }
}

export class bool_ {
  static readonly __name__ = "bool";
  static readonly __module__ = "numpy";

  /** Only TRUE and FALSE exist, as in numpy; `bool_.of` picks one. */
  constructor(readonly value: boolean) {}

  static of(value: boolean): bool_ {
    return value ? TRUE : FALSE;
  }

  __repr__(): string {
    return this.value ? "np.True_" : "np.False_";
  }

  __str__(): string {
    return this.value ? "True" : "False";
  }

  __index__(): number {
    throw new TypeError("'numpy.bool' object cannot be interpreted as an integer");
  }

  __int__(): number {
    return this.value ? 1 : 0;
  }

  __float__(): PyFloat {
    return new PyFloat(this.value ? 1 : 0);
  }

  __bool__(): boolean {
    return this.value;
  }

  __hash__(): number {
    return this.value ? 1 : 0;
  }

  __format__(spec: string): string {
    return format(this.value, spec);
  }
}

const TRUE = new bool_(true);
const FALSE = new bool_(false);
export const True_ = TRUE;
export const False_ = FALSE;

// PyFloat's static __name__ is typed as the literal "float"; the subclass names itself here.
Object.defineProperty(float64, "__name__", { value: "float64" });
// Error messages name them as numpy does ("unsupported operand type(s) … 'numpy.int64'").
for (const [cls, name] of [[float64, "numpy.float64"], [int64, "numpy.int64"], [bool_, "numpy.bool"]] as const) {
  Object.defineProperty(cls.prototype, "__pytype__", { value: name });
}
registerScalarType(float64, "float64");
registerScalarType(int64, "int64");
registerScalarType(bool_, "bool");

function toNumber(x: unknown): number {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof int64) return Number(x.value);
  if (x instanceof bool_) return x.value ? 1 : 0;
  if (typeof x === "string") {
    const n = Number(x.trim());
    if (x.trim() !== "" && !Number.isNaN(n)) return n;
    throw new ValueError(`could not convert string to float: ${JSON.stringify(x)}`);
  }
  throw new TypeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function toInt64(x: unknown): bigint {
  let v: bigint;
  if (typeof x === "bigint") v = x;
  else if (typeof x === "boolean") v = x ? 1n : 0n;
  else if (x instanceof int64) v = x.value;
  else if (x instanceof bool_) v = x.value ? 1n : 0n;
  else if (typeof x === "number" || x instanceof PyFloat) {
    const n = typeof x === "number" ? x : x.value;
    if (!Number.isFinite(n)) throw new OverflowError("cannot convert float infinity to integer");
    v = BigInt(Math.trunc(n));
  } else throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
  if (v < INT64_MIN || v > INT64_MAX) throw new OverflowError(`Python integer ${v} out of bounds for int64`);
  return v;
}
