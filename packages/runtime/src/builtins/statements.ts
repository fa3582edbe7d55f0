// Helpers the transpiler emits for statements: tuple unpacking, `with`, `raise`, unbound
// names and class attributes, each raising CPython's exact errors.
import { BaseException, NameError, TypeError, ValueError } from "./exception-classes.js";
import { toPyException } from "./exception-format.js";
import { iter } from "./iteration.js";
import { truth } from "./truth.js";
import { typeName } from "./typename.js";
import { typeOf } from "./types.js";

function items(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  try {
    return [...iter(value)];
  } catch (e) {
    if (e instanceof TypeError && /is not iterable$/.test(e.__str__())) {
      throw new TypeError(`cannot unpack non-iterable ${typeName(value)} object`);
    }
    throw e;
  }
}

// a, b = value
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function unpack(value: unknown, count: number): any[] {
  const xs = items(value);
  if (xs.length < count) throw new ValueError(`not enough values to unpack (expected ${count}, got ${xs.length})`);
  if (xs.length > count) throw new ValueError(`too many values to unpack (expected ${count})`);
  return xs;
}

// for a, b in iterable
export function* unpackEach(iterable: unknown, count: number): Generator<unknown[]> {
  for (const item of iter(iterable)) yield unpack(item, count);
}

// a, *rest, z = value → [a, rest, z]
export function unpackStarred(value: unknown, before: number, after: number): unknown[] {
  const xs = items(value);
  if (xs.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${xs.length})`);
  }
  return [...xs.slice(0, before), xs.slice(before, xs.length - after), ...xs.slice(xs.length - after)];
}

type Manager = { __enter__?: () => unknown; __exit__?: (t: unknown, v: unknown, tb: unknown) => unknown };

export function enterContext(manager: unknown): unknown {
  const m = manager as Manager | null;
  if (m === null || typeof m !== "object" || typeof m.__enter__ !== "function" || typeof m.__exit__ !== "function") {
    throw new TypeError(`'${typeName(manager)}' object does not support the context manager protocol`);
  }
  return m.__enter__();
}

// Returns whether __exit__ suppressed the error (a Promise of that if __exit__ is async).
export function exitContext(manager: unknown, error?: unknown): boolean | Promise<boolean> {
  const m = manager as Required<Manager>;
  const r = error === undefined ? m.__exit__(null, null, null) : exitWith(m, toPyException(error));
  return r instanceof Promise ? r.then(truth) : truth(r);
}

function exitWith(m: Required<Manager>, e: BaseException): unknown {
  return m.__exit__(typeOf(e), e, null);
}

// raise X / raise X(): a class is instantiated without arguments.
export function raisable(x: unknown): BaseException {
  if (x instanceof BaseException) return x;
  if (typeof x === "function" && (x === BaseException || x.prototype instanceof BaseException)) {
    return new (x as new () => BaseException)();
  }
  return new TypeError("exceptions must derive from BaseException");
}

export function nameError(name: string): never {
  throw new NameError(`name '${name}' is not defined`);
}

// Class attributes are statics; instances read them through prototype accessors (so a
// subclass's override wins) and an assignment on the instance shadows them, as in Python.
export function classAttributes(cls: Function, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: object) {
        return (this.constructor as unknown as Record<string, unknown>)[name];
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
      configurable: true,
    });
  }
}
