// typing: annotations are erased by py2ts (they become TypeScript types), so these names matter
// only when a program uses them as values: cast() returns its argument, TYPE_CHECKING is false,
// and each special form is an object whose repr names it, as in CPython.

import { PyTuple, iter, kw } from "./builtins/index.js";
import { namedtuple, type NamedTupleClass } from "./collections/namedtuple.js";

class SpecialForm {
  constructor(readonly _name: string) {}
  __repr__(): string {
    return `typing.${this._name}`;
  }
}

export const TYPE_CHECKING = false;
export const Any = new SpecialForm("Any");
export const Optional = new SpecialForm("Optional");
export const Union = new SpecialForm("Union");
export const List = new SpecialForm("List");
export const Dict = new SpecialForm("Dict");
export const Tuple = new SpecialForm("Tuple");
export const Set = new SpecialForm("Set");
export const FrozenSet = new SpecialForm("FrozenSet");
export const Callable = new SpecialForm("Callable");
export const Iterable = new SpecialForm("Iterable");
export const Iterator = new SpecialForm("Iterator");
export const Sequence = new SpecialForm("Sequence");
export const Mapping = new SpecialForm("Mapping");
export const Generator = new SpecialForm("Generator");
export const ClassVar = new SpecialForm("ClassVar");
export const Final = new SpecialForm("Final");

/** typing.cast(typ, value): the value, unchanged. */
export function cast(_type: unknown, value: unknown): unknown {
  return value;
}

/** The base of `class P(NamedTuple): x: int; y: int = 0`, which the transpiler turns into
 *  `class P extends namedTupleBase("P", ["x", "y"], [0])`: a namedtuple class with those
 *  fields and defaults, so instances are tuples with field accessors, `_replace`, `_asdict`… */
export function namedTupleBase(typename: string, fields: readonly string[], defaults: readonly unknown[]): NamedTupleClass {
  return namedtuple(typename, [...fields], kw({ defaults: [...defaults] }));
}

/** typing.NamedTuple("P", [("x", int), ("y", int)]): the functional form. */
export function NamedTuple(typename: unknown, fields: unknown = []): NamedTupleClass {
  const names = [...iter(fields)].map((field) => (field instanceof PyTuple ? field[0] : field));
  return namedtuple(typename, names);
}
