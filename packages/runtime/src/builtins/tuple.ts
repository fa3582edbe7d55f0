// Python tuple: an Array subclass so JS iteration/indexing work, but `map`/`slice` produce
// plain arrays (species Array) and a tuple is never mutated after construction.

export class PyTuple<T = unknown> extends Array<T> {
  static readonly __name__: string = "tuple";

  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  // Tuples are made by giving a fresh array PyTuple's prototype, never with `new PyTuple()`: V8
  // builds an Array subclass instance through a slow path (~1 µs each, about ten times the cost
  // of adopting an array), and tuples are made everywhere. (`new PyTuple(3)` would also make 3 holes.)
  // NoInfer: a Python tuple mixes types, `(1, "a", lock)`, so generated code must not have TS
  // infer one element type from the first item; callers may still name T explicitly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  static override of<T = any>(...items: NoInfer<T>[]): PyTuple<T> {
    return adopt(items);
  }

  static fromIterable<T>(items: Iterable<T>): PyTuple<T> {
    return adopt(Array.isArray(items) ? (items as T[]).slice() : Array.from(items));
  }
}

/** Makes a fresh array that nothing else holds a tuple, without copying it. */
function adopt<T>(items: T[]): PyTuple<T> {
  Object.setPrototypeOf(items, PyTuple.prototype);
  return Object.freeze(items) as PyTuple<T>;
}

export const EMPTY_TUPLE: PyTuple<never> = PyTuple.of();
