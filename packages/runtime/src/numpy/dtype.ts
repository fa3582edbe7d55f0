// numpy's dtypes, as far as py2ts provides them: float64 and int64 (numpy's defaults for Python
// floats and ints) and bool. Each is one object, compared by name; `dtype=` arguments accept the
// dtype, its scalar type, its name, or the Python type numpy maps to it (float, int, bool).
import { TypeError } from "../builtins/exceptions.js";
import { bool, float, int } from "../builtins/types.js";
import { strRepr } from "../builtins/repr.js";

export type Kind = "float64" | "int64" | "bool";
export type Storage = Float64Array | BigInt64Array | Uint8Array;

/** Rank in numpy's promotion order for the three kinds: bool < int64 < float64. */
const RANK: Record<Kind, number> = { bool: 0, int64: 1, float64: 2 };

export class dtype {
  static readonly __name__ = "dtype";
  static readonly __module__ = "numpy";

  constructor(readonly name: Kind) {}

  get itemsize(): number {
    return this.name === "bool" ? 1 : 8;
  }

  get kind(): string {
    return this.name === "float64" ? "f" : this.name === "int64" ? "i" : "b";
  }

  __repr__(): string {
    return `dtype(${strRepr(this.name)})`;
  }

  __str__(): string {
    return this.name;
  }

  __eq__(other: unknown): boolean {
    return dtypeOrUndefined(other)?.name === this.name;
  }

  __ne__(other: unknown): boolean {
    return !this.__eq__(other);
  }

  __hash__(): number {
    return RANK[this.name] + 1;
  }
}

export const FLOAT64 = new dtype("float64");
export const INT64 = new dtype("int64");
export const BOOL = new dtype("bool");

const BY_KIND: Record<Kind, dtype> = { float64: FLOAT64, int64: INT64, bool: BOOL };

const NAMES: Record<string, Kind> = {
  float64: "float64", float: "float64", f8: "float64", d: "float64", double: "float64",
  int64: "int64", int: "int64", i8: "int64", l: "int64", long: "int64",
  bool: "bool", "?": "bool", bool_: "bool",
};

/** Scalar classes register themselves here (scalars.ts), so that `dtype=np.float64` works
 *  without an import cycle. */
const scalarKinds = new Map<unknown, Kind>([
  [float, "float64"],
  [int, "int64"],
  [bool, "bool"],
]);

export function registerScalarType(cls: unknown, kind: Kind): void {
  scalarKinds.set(cls, kind);
}

function dtypeOrUndefined(x: unknown): dtype | undefined {
  if (x instanceof dtype) return x;
  const kind = typeof x === "string" ? NAMES[x] : scalarKinds.get(x);
  return kind === undefined ? undefined : BY_KIND[kind];
}

/** The dtype a `dtype=` argument names; a dtype py2ts lacks is a TypeError naming it. */
export function toDtype(x: unknown): dtype {
  const found = dtypeOrUndefined(x);
  if (found) return found;
  const shown = typeof x === "string" ? strRepr(x) : String((x as { __name__?: unknown } | null)?.__name__ ?? x);
  throw new TypeError(`py2ts: numpy dtype ${shown} is not supported (float64, int64 and bool are)`);
}

export function byKind(kind: Kind): dtype {
  return BY_KIND[kind];
}

/** numpy's result type for two operands of these kinds. */
export function promote(a: Kind, b: Kind): Kind {
  return RANK[a] >= RANK[b] ? a : b;
}

export function allocate(kind: Kind, size: number): Storage {
  if (kind === "float64") return new Float64Array(size);
  if (kind === "int64") return new BigInt64Array(size);
  return new Uint8Array(size);
}
