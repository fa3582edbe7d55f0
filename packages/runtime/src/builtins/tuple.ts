// Python tuple: an Array subclass so JS iteration/indexing work, but `map`/`slice` produce
// plain arrays (species Array) and a tuple is never mutated after construction.

export class PyTuple<T = unknown> extends Array<T> {
  static readonly __name__: string = "tuple";

  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  // `new PyTuple(3)` would make 3 holes (Array's length constructor); always go through `of`/`from`.
  // NoInfer: a Python tuple mixes types, `(1, "a", lock)`, so generated code must not have TS
  // infer one element type from the first item; callers may still name T explicitly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  static override of<T = any>(...items: NoInfer<T>[]): PyTuple<T> {
    const t = new PyTuple<T>();
    for (const item of items) Array.prototype.push.call(t, item);
    return Object.freeze(t) as PyTuple<T>;
  }

  static fromIterable<T>(items: Iterable<T>): PyTuple<T> {
    const t = new PyTuple<T>();
    for (const item of items) Array.prototype.push.call(t, item);
    return Object.freeze(t) as PyTuple<T>;
  }
}

export const EMPTY_TUPLE: PyTuple<never> = PyTuple.of();
