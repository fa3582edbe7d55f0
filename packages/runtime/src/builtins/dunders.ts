// The special methods every builtin value has in CPython 3.11 (`dir(int)` and friends), so
// that `hasattr(x, "__iter__")`, `getattr(obj, "__lt__")` and `C.__eq__(a, b)` answer as CPython
// does for values whose operations the runtime implements directly. The names are CPython's
// (dir() of each type); each resolves to the operation it names, returning NotImplemented
// where CPython's slot would (an operand of another type).
import { NotImplementedError, TypeError } from "./exception-classes.js";
import { NotImplemented, eq, ge, gt, le, lt } from "./compare.js";
import { add, floordiv, mod, mul, sub, truediv } from "./arith.js";
import { abs, and_, invert, lshift, neg, or_, pos, pow, rshift, xor } from "./ops.js";
import { contains, delitem, getitem, setitem } from "./items.js";
import { len } from "./functions.js";
import { iter, next } from "./iteration.js";
import { hash } from "./numeric-functions.js";
import { format } from "./format.js";
import { repr, str } from "./repr.js";
import { truth } from "./truth.js";
import { callFunction } from "./call.js";
import { typeName } from "./typename.js";
import { isClassObject } from "./types.js";
import { pyClassName } from "./classname.js";

const OBJECT = "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__";
const INT = "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__";
const BY_TYPE: Record<string, string> = {
  int: INT,
  bool: INT,
  float: "__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__",
  complex: "__abs__ __add__ __bool__ __complex__ __getnewargs__ __mul__ __neg__ __pos__ __pow__ __radd__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__",
  str: "__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__",
  bytes: "__add__ __bytes__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__",
  bytearray: "__add__ __alloc__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ __setitem__",
  list: "__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__",
  tuple: "__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mul__ __rmul__",
  dict: "__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ __ror__ __setitem__",
  set: "__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ __iter__ __ixor__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__",
  frozenset: "__and__ __class_getitem__ __contains__ __iter__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__",
  range: "__bool__ __contains__ __getitem__ __iter__ __len__ __reversed__",
  NoneType: "__bool__",
  function: "__call__ __get__",
  builtin_function_or_method: "__call__",
  method: "__call__",
};
const namesOf = new Map<string, Set<string>>();

function names(type: string): Set<string> {
  let set = namesOf.get(type);
  if (set === undefined) namesOf.set(type, (set = new Set(`${OBJECT} ${BY_TYPE[type] ?? ""}`.trim().split(" "))));
  return set;
}

/** A binary operation as its dunder: NotImplemented where the operator raises TypeError. */
function binary(op: (a: unknown, b: unknown) => unknown, reflected = false): (self: unknown, other: unknown) => unknown {
  return (self, other) => {
    try {
      return reflected ? op(other, self) : op(self, other);
    } catch (error) {
      if (error instanceof TypeError) return NotImplemented;
      throw error;
    }
  };
}

const SLOTS: Record<string, (self: unknown, ...args: unknown[]) => unknown> = {
  __eq__: (self, other) => (self === other ? true : typeName(self) === typeName(other) || isNumber(self) === isNumber(other) && isNumber(self) ? eq(self, other) : NotImplemented),
  __ne__: (self, other) => {
    const equal = SLOTS.__eq__!(self, other);
    return equal === NotImplemented ? NotImplemented : !equal;
  },
  __lt__: binary(lt),
  __le__: binary(le),
  __gt__: binary(gt),
  __ge__: binary(ge),
  __hash__: (self) => hash(self),
  __repr__: (self) => repr(self),
  __str__: (self) => str(self),
  __format__: (self, spec) => format(self, spec),
  __init__: () => null,
  __call__: (self, ...args) => callFunction(self, args),
  __bool__: (self) => truth(self),
  __len__: (self) => len(self),
  __iter__: (self) => iter(self),
  __contains__: (self, item) => contains(self, item),
  __getitem__: (self, key) => getitem(self, key),
  __setitem__: (self, key, value) => (setitem(self, key, value), null),
  __delitem__: (self, key) => (delitem(self, key), null),
  __neg__: (self) => neg(self),
  __pos__: (self) => pos(self),
  __abs__: (self) => abs(self),
  __invert__: (self) => invert(self),
  __add__: binary(add),
  __radd__: binary(add, true),
  __sub__: binary(sub),
  __rsub__: binary(sub, true),
  __mul__: binary(mul),
  __rmul__: binary(mul, true),
  __truediv__: binary(truediv),
  __rtruediv__: binary(truediv, true),
  __floordiv__: binary(floordiv),
  __rfloordiv__: binary(floordiv, true),
  __mod__: binary(mod),
  __rmod__: binary(mod, true),
  __pow__: binary((a, b) => pow(a, b)),
  __rpow__: binary((a, b) => pow(a, b), true),
  __and__: binary(and_),
  __rand__: binary(and_, true),
  __or__: binary(or_),
  __ror__: binary(or_, true),
  __xor__: binary(xor),
  __rxor__: binary(xor, true),
  __lshift__: binary(lshift),
  __rlshift__: binary(lshift, true),
  __rshift__: binary(rshift),
  __rrshift__: binary(rshift, true),
};

function isNumber(x: unknown): boolean {
  const type = typeName(x);
  return type === "int" || type === "bool" || type === "float" || type === "complex";
}

/**
 * `obj.name` for a special method CPython's type of `obj` has but the runtime implements as an
 * operation: the bound method, or undefined when the type has no such name. A user object gets
 * object's (`__eq__` is identity, the orderings NotImplemented).
 */
export function specialMethod(obj: unknown, name: string): { value: unknown } | undefined {
  if (!name.startsWith("__") || !name.endsWith("__")) return undefined;
  // An iterator (a JS one: list_iterator, generator…): __next__ and __iter__ (itself).
  const nextOf = (obj as { next?: unknown } | null)?.next;
  if (typeof nextOf === "function" && !isClassObject(obj) && (name === "__next__" || name === "__iter__")) {
    return { value: name === "__next__" ? () => next(obj) : () => obj };
  }
  // A class is callable: type.__call__ makes an instance.
  if (name === "__call__" && isClassObject(obj)) return { value: (...args: unknown[]) => callFunction(obj, args) };
  // On a class, the function itself (`C.__lt__(a, b)`, `int.__add__(1, 2)`), for its instances.
  const unbound = isClassObject(obj);
  const type = unbound ? (Object.hasOwn(BY_TYPE, pyClassName(obj)) ? pyClassName(obj) : "object") : typeName(obj);
  if (!names(type).has(name)) return undefined;
  if (name === "__class__" || name === "__doc__" || name === "__getattribute__" || name === "__setattr__" || name === "__delattr__") return undefined;
  const builtin = Object.hasOwn(BY_TYPE, type);
  let slot: ((self: unknown, ...args: unknown[]) => unknown) | undefined = SLOTS[name];
  if (!builtin) {
    // object's own slots: identity equality, no ordering.
    if (name === "__eq__") slot = (self, other) => (self === other ? true : NotImplemented);
    else if (name === "__lt__" || name === "__le__" || name === "__gt__" || name === "__ge__") slot = () => NotImplemented;
    else if (!["__ne__", "__hash__", "__repr__", "__str__", "__format__", "__init__", "__call__"].includes(name)) slot = undefined;
  }
  if (slot === undefined) {
    const missing = name;
    return { value: () => { throw new NotImplementedError(`py2ts: ${type}.${missing} is not supported`); } };
  }
  const bound = slot;
  const method = unbound ? (self: unknown, ...args: unknown[]): unknown => bound(self, ...args) : (...args: unknown[]): unknown => bound(obj, ...args);
  Object.defineProperty(method, "name", { value: name });
  return { value: method };
}
