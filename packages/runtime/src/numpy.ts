// numpy (@py2ts/runtime/numpy): a subset — ndarray of float64, int64 and bool with numpy's
// printing, arithmetic, comparisons, indexing and slicing (views), reductions, and the scalar
// types; numpy.random is @py2ts/runtime/numpy/random. The transpiler's table
// (lower/library/numpy.ts) lists exactly these names, so anything else is a located error.
import "./numpy/methods.js";
import "./numpy/crossing.js";
import { PyFloat } from "./builtins/float.js";
import { unary } from "./numpy/kernels.js";
import { asarray } from "./numpy/creation.js";
import { ndarray, cStrides } from "./numpy/ndarray.js";
import { byKind } from "./numpy/dtype.js";
import { float64 } from "./numpy/scalars.js";

export { ndarray } from "./numpy/ndarray.js";
export { dtype } from "./numpy/dtype.js";
export { float64, int64, bool_, bool_ as bool, True_, False_ } from "./numpy/scalars.js";
export { array, asarray, arange, zeros, ones, full, linspace } from "./numpy/creation.js";
export { sum, mean, min, max, argmin, argmax, all, any, dot } from "./numpy/reductions.js";

export const pi = new PyFloat(Math.PI);
export const e = new PyFloat(Math.E);
export const inf = new PyFloat(Infinity);
export const nan = new PyFloat(NaN);

/** np.abs / np.absolute: elementwise absolute value, keeping the dtype. */
export function absolute(x: unknown): unknown {
  return unary("abs", x instanceof ndarray ? x : Array.isArray(x) ? asarray(x) : x);
}
export { absolute as abs };

/** np.sqrt: float64 results (IEEE square root, as numpy's). */
export function sqrt(x: unknown): unknown {
  const a = asarray(x, "float64");
  const values = new Float64Array(a.size);
  a._elements().forEach((v, i) => (values[i] = Math.sqrt(v as number)));
  const out = new ndarray(byKind("float64"), values, a._shape, cStrides(a._shape), 0);
  return a.ndim === 0 ? new float64(values[0]!) : out;
}
