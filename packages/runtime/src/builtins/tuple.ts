// Python tuple: an Array subclass so JS iteration/indexing work, but `map`/`slice` produce
// plain arrays (species Array) and a tuple is never mutated after construction.

export class PyTuple<T = unknown> extends Array<T> {
  static readonly __name__ = "tuple";

  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  // `new PyTuple(3)` would make 3 holes (Array's length constructor); always go through `of`/`from`.
  static override of<T>(...items: T[]): PyTuple<T> {
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
