// typing: annotations are erased by py2ts (they become TypeScript types), so these names matter
// only when a program uses them as values: cast() returns its argument, TYPE_CHECKING is false,
// and each special form is an object whose repr names it, as in CPython.

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
