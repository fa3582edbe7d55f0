// abc.ABC and @abstractmethod: instantiating a class that still has abstract methods raises
// CPython's TypeError. Generated code records each class's abstract methods after the class:
// `abstractMethods(Shape, ["area"])`.

import { PyObject } from "./builtins/types.js";
import { TypeError } from "./builtins/exceptions.js";
import { pyClassName } from "./builtins/classname.js";

const ABSTRACT = Symbol("abc.abstract");

type Marked = Function & { [ABSTRACT]?: true };

/** The decorator: marks the function; the class's list comes from abstractMethods. */
export function abstractmethod<F extends Function>(fn: F): F {
  (fn as Marked)[ABSTRACT] = true;
  return fn;
}

export class ABC extends PyObject {
  constructor(...args: unknown[]) {
    const missing = abstractsOf(new.target.prototype as object);
    if (missing.length > 0) {
      const plural = missing.length > 1 ? "methods" : "method";
      throw new TypeError(`Can't instantiate abstract class ${pyClassName(new.target)} with abstract ${plural} ${missing.join(", ")}`);
    }
    super(...args);
  }
}

const declared = new WeakMap<object, readonly string[]>();

export function abstractMethods(cls: Function, names: readonly string[]): void {
  declared.set(cls.prototype as object, names);
  for (const name of names) {
    const method = (cls.prototype as Record<string, unknown>)[name];
    if (typeof method === "function") (method as Marked)[ABSTRACT] = true;
  }
}

/** Abstract names of any class on the chain that the most derived class has not overridden. */
function abstractsOf(proto: object): string[] {
  const names = new Set<string>();
  for (let current: object | null = proto; current && current !== PyObject.prototype; current = Object.getPrototypeOf(current)) {
    for (const name of declared.get(current) ?? []) names.add(name);
  }
  return [...names].filter((name) => ((proto as Record<string, unknown>)[name] as Marked | undefined)?.[ABSTRACT] === true).sort();
}
