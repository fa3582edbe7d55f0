// Array creation: array/asarray from (nested) lists, tuples, numbers and arrays, arange, zeros,
// ones, full, linspace. dtype= takes float64, int64 or bool (dtype.ts).
import { TypeError, ValueError, ZeroDivisionError } from "../builtins/exceptions.js";
import { splitKwargs } from "../builtins/call.js";
import { PyTuple } from "../builtins/tuple.js";
import { PyFloat } from "../builtins/float.js";
import { byKind, promote, toDtype, type Kind, type Storage } from "./dtype.js";
import { cast, cStrides, elementOf, indexValue, ndarray, type Element } from "./ndarray.js";

/** Binds positional and keyword arguments to `names`, rejecting keywords numpy would not take. */
export function bind(fn: string, args: readonly unknown[], names: readonly string[]): unknown[] {
  const [positional, keywords] = splitKwargs(args);
  if (positional.length > names.length) throw new TypeError(`${fn}() takes at most ${names.length} positional arguments (${positional.length} given)`);
  const out: unknown[] = [...positional];
  for (const [name, value] of Object.entries(keywords)) {
    const at = names.indexOf(name);
    if (at < 0) throw new TypeError(`${fn}() got an unexpected keyword argument '${name}'`);
    out[at] = value;
  }
  return out;
}

function isSequence(x: unknown): x is unknown[] {
  return Array.isArray(x) || x instanceof ndarray;
}

/** The shape of nested lists, checked to be rectangular. */
function shapeOf(obj: unknown): number[] {
  if (obj instanceof ndarray) return [...obj._shape];
  if (!Array.isArray(obj)) return [];
  if (obj.length === 0) return [0];
  const inner = shapeOf(obj[0]);
  for (const item of obj) {
    const other = shapeOf(item);
    if (other.length !== inner.length || other.some((n, k) => n !== inner[k])) {
      throw new ValueError(`setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (${obj.length},) + inhomogeneous part.`);
    }
  }
  return [obj.length, ...inner];
}

function flatten(obj: unknown, out: [Element, Kind][]): void {
  if (obj instanceof ndarray) {
    for (const v of obj._elements()) out.push([v, obj._kind]);
  } else if (Array.isArray(obj)) {
    for (const item of obj) flatten(item, out);
  } else if (typeof obj === "bigint" && BigInt.asIntN(64, obj) !== obj) {
    throw new TypeError("py2ts: numpy arrays of ints beyond int64 (numpy's uint64 or object dtype) are not supported");
  } else out.push(elementOf(obj));
}

function fromObject(obj: unknown, kindArg: unknown): ndarray {
  if (obj instanceof ndarray) {
    const kind = kindArg === undefined || kindArg === null ? obj._kind : toDtype(kindArg).name;
    const out = ndarray.empty(kind, obj._shape);
    const data = out._data as Element[] & Storage;
    obj._elements().forEach((v, i) => (data[i] = cast(v, obj._kind, kind)));
    return out;
  }
  if (obj !== null && typeof obj === "object" && !isSequence(obj) && !(obj instanceof PyFloat) && Symbol.iterator in obj && !("__index__" in obj)) {
    throw new TypeError(`py2ts: numpy.array() of a '${(obj as object).constructor.name}' is not supported (lists, tuples and numbers are)`);
  }
  const shape = shapeOf(obj);
  const items: [Element, Kind][] = [];
  flatten(obj, items);
  const inferred = items.reduce<Kind>((k, [, kind]) => promote(k, kind), items.length === 0 ? "float64" : "bool");
  const kind = kindArg === undefined || kindArg === null ? inferred : toDtype(kindArg).name;
  const out = ndarray.empty(kind, shape);
  const data = out._data as Element[] & Storage;
  items.forEach(([v, from], i) => (data[i] = cast(v, from, kind)));
  return out;
}

export function array(...args: unknown[]): ndarray {
  const [obj, dtype] = bind("array", args, ["object", "dtype"]);
  return fromObject(obj, dtype);
}

/** The array itself when it already is one (no copy), as numpy.asarray. */
export function asarray(obj: unknown, dtype?: unknown): ndarray {
  if (obj instanceof ndarray && (dtype === undefined || dtype === null || toDtype(dtype).name === obj._kind)) return obj;
  return fromObject(obj, dtype);
}

function shapeArg(shape: unknown): number[] {
  const dims = shape instanceof PyTuple || Array.isArray(shape) ? [...(shape as unknown[])] : [shape];
  const out = dims.map(indexValue);
  if (out.some((n) => n < 0)) throw new ValueError("negative dimensions are not allowed");
  return out;
}

function filled(shape: unknown, dtype: unknown, value: Element, from: Kind): ndarray {
  const kind = dtype === undefined || dtype === null ? "float64" : toDtype(dtype).name;
  const out = ndarray.empty(kind, shapeArg(shape));
  (out._data as Storage).fill(cast(value, from, kind) as never);
  return out;
}

export function zeros(...args: unknown[]): ndarray {
  const [shape, dtype] = bind("zeros", args, ["shape", "dtype"]);
  return filled(shape, dtype, 0, "float64");
}

export function ones(...args: unknown[]): ndarray {
  const [shape, dtype] = bind("ones", args, ["shape", "dtype"]);
  return filled(shape, dtype, 1, "float64");
}

export function full(...args: unknown[]): ndarray {
  const [shape, fillValue, dtype] = bind("full", args, ["shape", "fill_value", "dtype"]);
  const [value, kind] = elementOf(fillValue);
  return filled(shape, dtype ?? byKind(kind), value, kind);
}

/** arange([start,] stop[, step]): int64 when every bound is an int, else float64, with
 *  ceil((stop - start) / step) elements start + i * step. */
export function arange(...args: unknown[]): ndarray {
  const bound = bind("arange", args, ["start", "stop", "step", "dtype"]);
  let [start, stop] = bound;
  const step = bound[2] ?? 1;
  if (stop === undefined || stop === null) [start, stop] = [0, start];
  const parts = [start, stop, step].map(elementOf);
  const natural: Kind = parts.some(([, k]) => k === "float64") ? "float64" : "int64";
  const kind = bound[3] === undefined || bound[3] === null ? natural : toDtype(bound[3]).name;
  const [s, e, d] = parts.map(([v]) => Number(v)) as [number, number, number];
  if (d === 0) throw new ZeroDivisionError("division by zero");
  const length = Math.max(0, Math.ceil((e - s) / d));
  const out = ndarray.empty(kind, [length]);
  const data = out._data as Element[] & Storage;
  if (natural === "int64") {
    const [bs, , bd] = parts.map(([v, k]) => cast(v, k, "int64") as bigint) as [bigint, bigint, bigint];
    for (let i = 0; i < length; i++) data[i] = cast(bs + BigInt(i) * bd, "int64", kind);
  } else {
    const delta = s + d - s;
    for (let i = 0; i < length; i++) data[i] = cast(s + i * delta, "float64", kind);
  }
  return out;
}

/** linspace(start, stop, num=50, endpoint=True): start + i * step, the last exactly stop. */
export function linspace(...args: unknown[]): ndarray {
  const [startArg, stopArg, numArg, endpointArg, , dtype] = bind("linspace", args, ["start", "stop", "num", "endpoint", "retstep", "dtype"]);
  if (args.length > 0 && splitKwargs(args)[1]["retstep"]) throw new TypeError("py2ts: numpy.linspace(retstep=True) is not supported");
  const num = numArg === undefined ? 50 : indexValue(numArg);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  const endpoint = endpointArg === undefined ? true : Boolean(endpointArg);
  const start = Number(elementOf(startArg)[0]);
  const stop = Number(elementOf(stopArg)[0]);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const values = new Float64Array(num);
  for (let i = 0; i < num; i++) values[i] = i;
  if (div > 0) {
    const step = delta / div;
    if (step === 0) for (let i = 0; i < num; i++) values[i] = (values[i]! / div) * delta;
    else for (let i = 0; i < num; i++) values[i] = values[i]! * step;
  } else {
    for (let i = 0; i < num; i++) values[i] = values[i]! * delta;
  }
  for (let i = 0; i < num; i++) values[i] = values[i]! + start;
  if (endpoint && num > 1) values[num - 1] = stop;
  const result = new ndarray(byKind("float64"), values, [num], cStrides([num]), 0);
  return dtype === undefined || dtype === null ? result : fromObject(result, dtype);
}

