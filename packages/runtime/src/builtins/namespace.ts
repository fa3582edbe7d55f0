// The end of a class body that ran as statements (a `static { … }` block of the class): its
// namespace becomes the class's attributes. A name the body never bound, or deleted, is not
// one (`hasattr(C, "x")` is False), as CPython builds the class from the body's locals.
import { UNBOUND } from "./statements.js";

export function setClassNamespace(cls: Function, namespace: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(namespace)) {
    // undefined: a `let` the body never assigned (its assignment raised first).
    if (value === UNBOUND || value === undefined) continue;
    Object.defineProperty(cls, name, { value, writable: true, enumerable: true, configurable: true });
  }
}
