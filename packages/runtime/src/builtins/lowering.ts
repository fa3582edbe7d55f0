// Helpers that generated code calls for Python statements with no one-to-one TS form:
// unpacking, the `with` protocol, raise, unbound names, and run-time signatures.

import { BaseException, NameError, TypeError, ValueError } from "./exceptions.js";
import { toPyException } from "./exceptions.js";
import { truth } from "./truth.js";
import { typeName } from "./typename.js";
import { bindArguments, Kwargs, signatureOf, type Param, type ParamKind, type Signature } from "./call.js";

/** `a, b = value`: exactly `count` items, with CPython's ValueError/TypeError otherwise. */
export function unpack(value: unknown, count: number): unknown[] {
  if (value === null || value === undefined || typeof (value as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw new TypeError(`cannot unpack non-iterable ${typeName(value)} object`);
  }
  const items: unknown[] = [];
  for (const item of value as Iterable<unknown>) {
    if (items.length === count) throw new ValueError(`too many values to unpack (expected ${count})`);
    items.push(item);
  }
  if (items.length < count) throw new ValueError(`not enough values to unpack (expected ${count}, got ${items.length})`);
  return items;
}

/** `a, *rest, z = value`: `before` items, the middle as a list, then `after` items. */
export function unpackStarred(value: unknown, before: number, after: number): unknown[] {
  if (value === null || value === undefined || typeof (value as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw new TypeError(`cannot unpack non-iterable ${typeName(value)} object`);
  }
  const items = [...(value as Iterable<unknown>)];
  if (items.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return [...items.slice(0, before), items.slice(before, items.length - after), ...items.slice(items.length - after)];
}

/** `for a, b in pairs`: each item unpacked as by `unpack`. */
export function* unpackEach(iterable: Iterable<unknown>, count: number): Generator<unknown[]> {
  for (const item of iterable) yield unpack(item, count);
}

type ContextManager = { __enter__?: () => unknown; __exit__?: (...args: unknown[]) => unknown };

/** `with m:` entry: `type(m).__enter__(m)`, or CPython's TypeError when m is not a manager. */
export function enterContext(manager: unknown): unknown {
  const enter = (manager as ContextManager | null)?.__enter__;
  const exit = (manager as ContextManager | null)?.__exit__;
  if (typeof enter !== "function" || typeof exit !== "function") {
    throw new TypeError(`'${typeName(manager)}' object does not support the context manager protocol`);
  }
  return enter.call(manager);
}

/** `with m:` exit: `__exit__(type, value, traceback)`; true when it suppresses the exception.
 *  Returns a promise when `__exit__` does (an async manager such as a Lock). */
export function exitContext(manager: unknown, error?: unknown): boolean | Promise<boolean> {
  const exit = (manager as ContextManager).__exit__!;
  let result: unknown;
  if (error === undefined) {
    result = exit.call(manager, null, null, null);
  } else {
    const exception = toPyException(error);
    result = exit.call(manager, exception.constructor, exception, null);
  }
  if (result instanceof Promise) return result.then((value) => truth(value));
  return truth(result);
}

/** A name bound nowhere: evaluating it raises NameError, as in CPython. */
export function nameError(name: string): never {
  const error = new NameError(`name '${name}' is not defined`);
  (error as unknown as { name_: string }).name_ = name;
  throw error;
}

/** `raise X` and `raise X(…)`: a class is instantiated; anything else must be an exception. */
export function raisable(value: unknown): BaseException {
  if (value instanceof BaseException) return value;
  if (typeof value === "function" && value.prototype instanceof BaseException) {
    return new (value as new () => BaseException)();
  }
  throw new TypeError("exceptions must derive from BaseException");
}

/** `"crawl(date, delay=, *args, key=, **kw)"` → a Signature (`=` marks a default, `/` ends the
 *  positional-only parameters, a bare `*` starts the keyword-only ones). */
export function signatureFromText(text: string): Signature {
  const open = text.indexOf("(");
  const name = text.slice(0, open);
  const inner = text.slice(open + 1, -1).trim();
  const params: Param[] = [];
  let keywordOnly = false;
  for (const raw of inner === "" ? [] : inner.split(",").map((part) => part.trim())) {
    if (raw === "/") {
      for (let index = 0; index < params.length; index++) params[index] = { ...params[index]!, kind: "positional-only" };
      continue;
    }
    if (raw === "*") {
      keywordOnly = true;
      continue;
    }
    let kind: ParamKind = keywordOnly ? "keyword-only" : "positional";
    let paramName = raw;
    if (raw.startsWith("**")) {
      kind = "var-keyword";
      paramName = raw.slice(2);
    } else if (raw.startsWith("*")) {
      kind = "var-positional";
      paramName = raw.slice(1);
      keywordOnly = true;
    }
    const hasDefault = paramName.endsWith("=");
    params.push({ name: hasDefault ? paramName.slice(0, -1) : paramName, kind, hasDefault });
  }
  return { name, params };
}

/** The root of every user class (`class C:` → `class C extends PyObject`). Construction runs
 *  `__init__`, as `type.__call__` does, so `__init__` is an ordinary method that subclasses
 *  override and reach with `super.__init__(…)` at any point, as in Python. Keywords arriving
 *  at run time (`new C(kw({…}))`) bind through the signature `defineFunction` gave `__init__`. */
export class PyObject {
  constructor(...args: unknown[]) {
    const init = this.__init__;
    const signature = signatureOf(init);
    const bound = signature && args.some((arg) => arg instanceof Kwargs) ? bindArguments(signature, args) : args;
    init.apply(this, bound);
  }

  __init__(...args: unknown[]): void {
    if (args.length > 0) throw new TypeError(`${(this.constructor as { name: string }).name}() takes no arguments`);
  }
}

/** Class attributes are statics; instances read them through prototype accessors, and an
 *  assignment through an instance creates an own attribute that shadows the class's, as in
 *  Python. */
export function classAttributes(cls: Function, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: object) {
        return (this.constructor as unknown as Record<string, unknown>)[name];
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}
