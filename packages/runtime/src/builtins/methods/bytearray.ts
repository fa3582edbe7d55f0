// bytearray methods: every bytes method, with bytes results (also inside the lists and tuples
// of split/partition) turned into bytearrays as CPython's bytearray methods return them, plus
// the mutating methods of PyByteArray.
import { PyBytes } from "../bytes.js";
import { PyByteArray } from "../bytearray.js";
import { PyTuple } from "../tuple.js";
import { bytesMethods } from "./bytes.js";

type Method = (b: PyByteArray, ...args: unknown[]) => unknown;

function asByteArray(result: unknown): unknown {
  if (result instanceof PyBytes) return new PyByteArray(result.bytes);
  if (result instanceof PyTuple) return PyTuple.fromIterable([...result].map(asByteArray));
  if (Array.isArray(result)) return result.map(asByteArray);
  return result;
}

const readOnly = Object.fromEntries(
  Object.entries(bytesMethods).map(([name, method]) => [name, ((b, ...args) => asByteArray(method(b, ...args))) as Method]),
);

export const bytearrayMethods: Record<string, Method> = {
  ...readOnly,
  append: (b, x) => b.append(x),
  extend: (b, source) => b.extend(source),
  insert: (b, index, x) => b.insert(index, x),
  pop: (b, index = -1) => b.pop(index),
  remove: (b, x) => b.remove(x),
  clear: (b) => b.clear(),
  reverse: (b) => b.reverse(),
  copy: (b) => b.copy(),
  __getitem__: (b, key) => b.__getitem__(key),
  __setitem__: (b, key, value) => b.__setitem__(key, value),
  __delitem__: (b, key) => b.__delitem__(key),
  __iadd__: (b, other) => b.__iadd__(other),
  __imul__: (b, count) => b.__imul__(count),
};
