// Arrays and numpy scalars crossing to another process (Process arguments, Pool tasks and
// results, queues, pipes) travel as pickle would carry them: a copy with its dtype and shape.
import { registerHandleType } from "../multiprocessing/handles.js";
import { allocate, byKind, type Kind, type Storage } from "./dtype.js";
import { cStrides, ndarray } from "./ndarray.js";
import { bool_, float64, int64 } from "./scalars.js";

interface ArrayState {
  readonly kind: Kind;
  readonly shape: readonly number[];
  readonly data: Storage;
}

function arrayState(value: ndarray): ArrayState {
  return { kind: value._kind, shape: [...value._shape], data: value._compact().slice() };
}

registerHandleType<ndarray>({
  name: "numpy.ndarray",
  anywhere: true,
  matches: (value): value is ndarray => value instanceof ndarray,
  reduce: (value) => ({ state: arrayState(value) }),
  bytesState: arrayState,
  rebuild: (state) => {
    const { kind, shape, data } = state as ArrayState;
    const copy = allocate(kind, data.length);
    copy.set(data as never);
    return new ndarray(byKind(kind), copy, shape, cStrides(shape), 0);
  },
});

type ScalarState = { readonly type: "float64"; readonly v: number } | { readonly type: "int64"; readonly v: bigint } | { readonly type: "bool"; readonly v: boolean };

function scalarState(value: float64 | int64 | bool_): ScalarState {
  if (value instanceof float64) return { type: "float64", v: value.value };
  if (value instanceof int64) return { type: "int64", v: value.value };
  return { type: "bool", v: value.value };
}

registerHandleType<float64 | int64 | bool_>({
  name: "numpy.scalar",
  anywhere: true,
  matches: (value): value is float64 | int64 | bool_ => value instanceof float64 || value instanceof int64 || value instanceof bool_,
  reduce: (value) => ({ state: scalarState(value) }),
  bytesState: scalarState,
  rebuild: (state) => {
    const s = state as ScalarState;
    return s.type === "float64" ? new float64(s.v) : s.type === "int64" ? new int64(s.v) : bool_.of(s.v);
  },
});
