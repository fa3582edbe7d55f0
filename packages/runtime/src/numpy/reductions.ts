// Reductions: sum, mean, min, max, argmin, argmax, all, any, over the whole array or one axis,
// and dot. A float sum adds as numpy's add.reduce does — pairwise summation (numpy's
// pairwise_sum, blocks of 8 accumulators up to 128 elements) along a contiguous lane, one lane
// after another otherwise — so the last digits printed agree with numpy's.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/call.js";
import { cast, cStrides, indexValue, ndarray, scalar, shapeText, type Element } from "./ndarray.js";
import { allocate, byKind, type Kind, type Storage } from "./dtype.js";
import { asarray } from "./creation.js";
import { binary } from "./kernels.js";


function pairwise(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i]!;
    return res;
  }
  if (n <= 128) {
    const r = [a[start]!, a[start + 1]!, a[start + 2]!, a[start + 3]!, a[start + 4]!, a[start + 5]!, a[start + 6]!, a[start + 7]!];
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j]! += a[start + i + j]!;
    let res = ((r[0]! + r[1]!) + (r[2]! + r[3]!)) + ((r[4]! + r[5]!) + (r[6]! + r[7]!));
    for (; i < n; i++) res += a[start + i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
}

/** numpy casts an int array to float64 for mean() through 8192-element buffers, each summed
 *  pairwise; a float array is summed in one pass. */
function floatSum(values: ArrayLike<number>, buffered: boolean): number {
  if (!buffered) return 0 + pairwise(values, 0, values.length);
  let res = 0;
  for (let start = 0; start < values.length; start += 8192) res += pairwise(values, start, Math.min(8192, values.length - start));
  return res;
}

type Reducer = (lane: Element[], kind: Kind) => Element;

/** Applies `reduce` to the whole array (axis None) or along one axis. */
function reduceAxis(a: ndarray, axis: unknown, resultKind: Kind, reduce: Reducer): unknown {
  if (axis === null || axis === undefined) return scalar(resultKind, reduce(a._elements(), a._kind));
  const ndim = a._shape.length;
  let k = indexValue(axis);
  if (k < -ndim || k >= ndim) throw new ValueError(`axis ${k} is out of bounds for array of dimension ${ndim}`);
  if (k < 0) k += ndim;
  const shape = a._shape.filter((_, i) => i !== k);
  const lanes = a._shape[k]!;
  const size = shape.reduce((x, y) => x * y, 1);
  const out = allocate(resultKind, size) as Element[] & Storage;
  const outerStrides = a._strides.filter((_, i) => i !== k);
  const outStrides = cStrides(shape);
  for (let i = 0; i < size; i++) {
    let rest = i;
    let off = a._offset;
    for (let j = 0; j < shape.length; j++) {
      const idx = Math.floor(rest / outStrides[j]!);
      rest -= idx * outStrides[j]!;
      off += idx * outerStrides[j]!;
    }
    const lane: Element[] = [];
    for (let j = 0; j < lanes; j++) lane.push(a._data[off + j * a._strides[k]!]!);
    out[i] = reduce(lane, a._kind);
  }
  if (shape.length === 0) return scalar(resultKind, out[0]!);
  return new ndarray(byKind(resultKind), out, shape, cStrides(shape), 0);
}

function options(args: unknown[], names: readonly string[]): unknown[] {
  const [positional, keywords] = splitKwargs(args);
  const out = [...positional];
  for (const [name, value] of Object.entries(keywords)) {
    const at = names.indexOf(name);
    if (at < 0) throw new TypeError(`py2ts: the numpy reduction keyword argument '${name}' is not supported (only ${names.join(", ")})`);
    out[at] = value;
  }
  return out;
}

const sumKind = (kind: Kind): Kind => (kind === "float64" ? "float64" : "int64");

function sumLane(lane: Element[], kind: Kind): Element {
  if (kind === "float64") return floatSum(lane as number[], false);
  let total = 0n;
  for (const v of lane) total += BigInt(v);
  return BigInt.asIntN(64, total);
}

export function sum(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  const a = asarray(array);
  // The whole of a float array: sum its typed array directly (no boxed copy).
  if (a._kind === "float64" && (axis === null || axis === undefined)) return scalar("float64", floatSum(a._compact() as Float64Array, false));
  // Along a lane that is not the innermost, numpy adds row after row (no pairwise blocks).
  const k = axis === null || axis === undefined ? -1 : (indexValue(axis) + a.ndim) % Math.max(a.ndim, 1);
  if (a._kind === "float64" && k >= 0 && k !== a.ndim - 1) {
    return reduceAxis(a, axis, "float64", (lane) => (lane as number[]).reduce((x, y) => x + y, 0));
  }
  return reduceAxis(a, axis, sumKind(a._kind), sumLane);
}

export function mean(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  const a = asarray(array);
  if (a._kind === "float64" && (axis === null || axis === undefined)) return scalar("float64", floatSum(a._compact() as Float64Array, false) / a.size);
  return reduceAxis(a, axis, "float64", (lane, kind) => {
    const values = kind === "float64" ? (lane as number[]) : lane.map(Number);
    return floatSum(values, kind !== "float64") / lane.length;
  });
}

function extreme(name: "minimum" | "maximum", better: (x: Element, y: Element) => boolean): Reducer {
  return (lane) => {
    if (lane.length === 0) throw new ValueError(`zero-size array to reduction operation ${name} which has no identity`);
    let best = lane[0]!;
    for (const v of lane) {
      if (typeof v === "number" && Number.isNaN(v)) return v;
      if (better(v, best)) best = v;
    }
    return best;
  };
}

export function min(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  const a = asarray(array);
  return reduceAxis(a, axis, a._kind, extreme("minimum", (x, y) => x < y));
}

export function max(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  const a = asarray(array);
  return reduceAxis(a, axis, a._kind, extreme("maximum", (x, y) => x > y));
}

function argExtreme(name: string, better: (x: Element, y: Element) => boolean): Reducer {
  return (lane) => {
    if (lane.length === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
    let at = 0;
    for (let i = 0; i < lane.length; i++) {
      const v = lane[i]!;
      if (typeof v === "number" && Number.isNaN(v)) return BigInt(i);
      if (better(v, lane[at]!)) at = i;
    }
    return BigInt(at);
  };
}

export function argmin(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  return reduceAxis(asarray(array), axis, "int64", argExtreme("argmin", (x, y) => x < y));
}

export function argmax(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  return reduceAxis(asarray(array), axis, "int64", argExtreme("argmax", (x, y) => x > y));
}

export function all(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  return reduceAxis(asarray(array), axis, "bool", (lane) => (lane.every((v) => v != 0) ? 1 : 0));
}

export function any(array: unknown, ...args: unknown[]): unknown {
  const [axis] = options(args, ["axis"]);
  return reduceAxis(asarray(array), axis, "bool", (lane) => (lane.some((v) => v != 0) ? 1 : 0));
}

/** np.dot: a scalar product for 1-D operands, matrix products for 2-D ones. A float product
 *  adds in order; numpy's BLAS may add in another order, so the last digit can differ. */
export function dot(left: unknown, right: unknown): unknown {
  const a = asarray(left);
  const b = asarray(right);
  if (a.ndim === 0 || b.ndim === 0) return binary("mul", a.ndim === 0 ? a.item() : a, b.ndim === 0 ? b.item() : b);
  if (a.ndim > 2 || b.ndim > 2) throw new ValueError("py2ts: numpy.dot of arrays with more than 2 dimensions is not supported");
  const kind: Kind = a._kind === "float64" || b._kind === "float64" ? "float64" : a._kind === "int64" || b._kind === "int64" ? "int64" : "bool";
  const rows = a.ndim === 2 ? a._shape[0]! : 1;
  const inner = a._shape[a.ndim - 1]!;
  const innerB = b._shape[0]!;
  const cols = b.ndim === 2 ? b._shape[1]! : 1;
  if (inner !== innerB) {
    throw new ValueError(`shapes ${shapeText(a._shape)} and ${shapeText(b._shape)} not aligned: ${inner} (dim ${a.ndim - 1}) != ${innerB} (dim 0)`);
  }
  const av = a._elements().map((v) => cast(v, a._kind, kind));
  const bv = b._elements().map((v) => cast(v, b._kind, kind));
  const out = allocate(kind, rows * cols) as Element[] & Storage;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let acc: Element = kind === "int64" ? 0n : 0;
      for (let k = 0; k < inner; k++) {
        const x = av[i * inner + k]!;
        const y = bv[k * cols + j]!;
        if (kind === "int64") acc = BigInt.asIntN(64, (acc as bigint) + (x as bigint) * (y as bigint));
        else if (kind === "bool") acc = (acc as number) | ((x as number) & (y as number));
        else acc = (acc as number) + (x as number) * (y as number);
      }
      out[i * cols + j] = acc;
    }
  }
  const shape = [...(a.ndim === 2 ? [rows] : []), ...(b.ndim === 2 ? [cols] : [])];
  if (shape.length === 0) return scalar(kind, out[0]!);
  return new ndarray(byKind(kind), out, shape, cStrides(shape), 0);
}

