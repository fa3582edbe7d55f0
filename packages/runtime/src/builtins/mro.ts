// Multiple inheritance on JS's single prototype chain. `class D(B, C)` becomes
// `class D extends multipleBases(B, C)`: the C3 linearization of D's bases is built as a real
// prototype chain. Its longest tail that already is some class's own chain is reused as is;
// the classes before it are copied (own methods, accessors and statics) onto that tail, so
// attribute lookup on instances and on the class follows the MRO. Methods copied this way keep
// their original JS `super`, so classes in such a hierarchy call `pySuper(Cls, this)`, which
// walks the MRO of the instance's class.
import { AttributeError, TypeError } from "./exception-classes.js";
import { pyClassName } from "./classname.js";
import { PyObject, object } from "./types.js";
import { PyTuple } from "./tuple.js";
import { defineFunction, signatureOf } from "./call.js";

/** On the synthetic class that `multipleBases` returns: the Python bases of its subclass. */
const basesOfSubclass = new WeakMap<object, readonly Function[]>();
/** A copy of a class in a linearized chain → the class it copies. */
const copyOf = new WeakMap<object, Function>();
const mroCache = new WeakMap<object, readonly Function[]>();

function isRoot(cls: unknown): boolean {
  return cls === PyObject || cls === object || cls === Function.prototype || cls === Error || cls === Object || cls === null;
}

/** `C.__bases__` as classes (`object` for a root). */
export function basesOf(cls: Function): readonly Function[] {
  if (isRoot(cls)) return [];
  const parent = Object.getPrototypeOf(cls) as Function;
  const declared = basesOfSubclass.get(parent);
  if (declared) return declared;
  return [isRoot(parent) ? (object as unknown as Function) : parent];
}

/** `C.__mro__` as classes: C3 over the bases, ending with `object`. */
export function mroOf(cls: Function): readonly Function[] {
  if (isRoot(cls)) return [object as unknown as Function];
  let mro = mroCache.get(cls);
  if (!mro) {
    mro = [cls, ...linearize(basesOf(cls))];
    mroCache.set(cls, mro);
  }
  return mro;
}

// CPython's mro_implementation (Objects/typeobject.c): merge the bases' MROs and the list of
// bases, taking each time the first head that is in no other list's tail.
function linearize(bases: readonly Function[]): Function[] {
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]!) !== i) throw new TypeError(`duplicate base class ${pyClassName(bases[i])}`);
  }
  const lists = [...bases.map((base) => [...mroOf(base)]), [...bases]];
  const result: Function[] = [];
  for (;;) {
    const live = lists.filter((list) => list.length > 0);
    if (live.length === 0) return result;
    const head = live.map((list) => list[0]!).find((candidate) => !live.some((list) => list.indexOf(candidate) > 0));
    if (head === undefined) {
      const names = [...new Set(live.map((list) => list[0]!))].map((c) => pyClassName(c));
      throw new TypeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(", ")}`);
    }
    result.push(head);
    for (const list of lists) if (list[0] === head) list.shift();
  }
}

/** The JS base of `class D(B, C, …)`: a prototype chain laid out in D's MRO order. Typed as the
 *  first base, which is what the transpiler knows D's instances by. */
export function multipleBases<T>(first: T, ...rest: unknown[]): T {
  const bases = [first, ...rest] as Function[];
  const linear = linearize(bases);
  // The longest tail of the MRO that is already one class's own chain is reused as it is.
  let start = linear.findIndex((cls, index) => sameList(mroOf(cls), linear.slice(index)));
  if (start < 0) start = linear.length - 1;
  let parent: Function = linear[start] === object ? PyObject : linear[start]!;
  for (let index = start - 1; index >= 0; index--) parent = copyClass(linear[index]!, parent);
  const holder = class extends (parent as new (...args: unknown[]) => object) {};
  dropFunctionProps(holder);
  basesOfSubclass.set(holder, bases);
  return holder as unknown as T;
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

// A class attribute `name`/`length` of a class later in the MRO must not be hidden by the
// synthetic classes' own JS Function.name/length (a copied class attribute replaces them).
function dropFunctionProps(cls: Function): void {
  delete (cls as { name?: string }).name;
  delete (cls as { length?: number }).length;
}

function copyClass(cls: Function, parent: Function): Function {
  const copy = class extends (parent as new (...args: unknown[]) => object) {};
  dropFunctionProps(copy);
  for (const key of Reflect.ownKeys(cls.prototype as object)) {
    if (key !== "constructor") Object.defineProperty(copy.prototype, key, Object.getOwnPropertyDescriptor(cls.prototype, key)!);
  }
  for (const key of Reflect.ownKeys(cls)) {
    const descriptor = Object.getOwnPropertyDescriptor(cls, key)!;
    // JS's own Function.name/length are not Python attributes; class attributes of those names are.
    const builtin = (key === "name" || key === "length") && !descriptor.writable;
    if (key !== "prototype" && key !== Symbol.hasInstance && !builtin) Object.defineProperty(copy, key, descriptor);
  }
  copyOf.set(copy, cls);
  if (!Object.hasOwn(cls, Symbol.hasInstance)) {
    // isinstance(d, B) when d's chain holds a copy of B rather than B itself.
    Object.defineProperty(cls, Symbol.hasInstance, {
      value(this: Function, x: unknown): boolean {
        if (Function.prototype[Symbol.hasInstance].call(this, x)) return true;
        if (x === null || (typeof x !== "object" && typeof x !== "function")) return false;
        for (let p = Object.getPrototypeOf(x); p; p = Object.getPrototypeOf(p)) {
          const original = Object.hasOwn(p, "constructor") ? copyOf.get(p.constructor) : undefined;
          if (original && (original === this || Object.prototype.isPrototypeOf.call(this.prototype, original.prototype))) return true;
        }
        return false;
      },
      configurable: true,
    });
  }
  return copy;
}

/** Where Python finds `name` on class `cls` itself: its prototype (instances) or the class. */
function ownLookup(cls: Function, name: string, onClass: boolean): PropertyDescriptor | undefined {
  const holder = cls === (object as unknown) ? (onClass ? PyObject : PyObject.prototype) : onClass ? cls : cls.prototype;
  return Object.getOwnPropertyDescriptor(holder, name);
}

/** `super(Cls, self)` and `super()` in a class of a multiple-inheritance hierarchy:
 *  attributes come from the classes after `Cls` in the MRO of `self`'s class (or of `self`
 *  itself in a classmethod), bound to `self`. */
export function pySuper(cls: Function, self: unknown): any {
  const onClass = typeof self === "function";
  const type = (onClass ? self : (self as object).constructor) as Function;
  const mro = mroOf(type);
  const at = mro.indexOf(cls);
  if (at < 0) throw new TypeError("super(type, obj): obj must be an instance or subtype of type");
  const rest = mro.slice(at + 1);
  return new Proxy(Object.create(null) as object, {
    get(_target, name) {
      if (typeof name !== "string") return undefined;
      for (const next of rest) {
        const found = ownLookup(next, name, onClass);
        if (!found) continue;
        if (found.get) return found.get.call(self);
        return typeof found.value === "function" && !isClassLike(found.value) ? bindMethod(found.value, self) : found.value;
      }
      throw new AttributeError(`'super' object has no attribute '${name}'`);
    },
  });
}

// A bound method keeps the function's Python signature, so keywords still bind at run time.
function bindMethod(fn: Function, self: unknown): Function {
  const bound = fn.bind(self);
  const signature = signatureOf(fn);
  return signature ? defineFunction(bound, signature) : bound;
}

function isClassLike(f: Function): boolean {
  return Function.prototype.toString.call(f).startsWith("class");
}

/** `C.__mro__`, `C.__bases__`, `C.mro()` */
export function mroTuple(cls: Function): PyTuple {
  return PyTuple.fromIterable(mroOf(cls));
}

export function basesTuple(cls: Function): PyTuple {
  const bases = basesOf(cls);
  return PyTuple.fromIterable<unknown>(bases);
}
