// The builtin type objects (int, str, list, …): callable as constructors, printable as
// <class 'int'>, and understood by isinstance/issubclass/type.
import { NotImplementedError, TypeError, ValueError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { PyComplex } from "./complex.js";
import { complexNew } from "./complex-new.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PyFrozenSet, PySet } from "./set.js";
import { PyRange } from "./range.js";
import { PyBytes, PySlice } from "./bytes.js";
import { PyByteArray } from "./bytearray.js";
import { bytearrayNew } from "./bytearray-new.js";
import { splitKwargs, Kwargs, signatureOf, bindArguments } from "./call.js";
import { str as strOf } from "./repr.js";
import { toFloat, toInt } from "./numparse.js";
import { truth } from "./truth.js";
import { isBuiltinFunction, typeName } from "./typename.js";
import { markBuiltinClasses, pyClassName } from "./classname.js";
import { encodeString, decodeBytes } from "./codecs.js";
import { fromGetitem, fromNext, iter } from "./iteration.js";
import { mroOf } from "./mro.js";

// Calling a type returns `any`: generated code holds Python values, whose types are dynamic,
// and must be able to use what int(…) or range(…) return without casts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PyType = ((...args: unknown[]) => any) & {
  readonly __name__: string;
  readonly __qualname__: string;
  readonly __module__: string;
  readonly __base__: PyType | null;
  __instancecheck__(x: unknown): boolean;
};

function makeType(name: string, base: PyType | null, test: (x: unknown) => boolean, call: (...args: unknown[]) => unknown): PyType {
  const t = function (this: unknown, ...args: unknown[]) {
    return call(...args);
  } as unknown as PyType;
  Object.defineProperty(t, "name", { value: name });
  for (const [k, v] of Object.entries({ __name__: name, __qualname__: name, __module__: "builtins", __base__: base })) {
    Object.defineProperty(t, k, { value: v, writable: true, configurable: true });
  }
  Object.defineProperty(t, "__instancecheck__", { value: test });
  return t;
}

function noKwargs(name: string, args: unknown[]): unknown[] {
  const [positional, keywords] = splitKwargs(args);
  const extra = Object.keys(keywords);
  if (extra.length > 0) throw new TypeError(`${name}() takes no keyword arguments`);
  return positional;
}

function atMost(name: string, args: unknown[], n: number): void {
  if (args.length > n) throw new TypeError(`${name} expected at most ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/** An int argument as an exact int (range bounds): a bigint stays one. */
function intArg(x: unknown): number | bigint {
  if (typeof x === "bigint") return x;
  return indexArg(x);
}

function indexArg(x: unknown): number {
  if (typeof x === "boolean") return Number(x);
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") return Number(x);
  const idx = (x as { __index__?: unknown } | null)?.__index__;
  if (typeof idx === "function") return indexArg(idx.call(x));
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

export const object = makeType("object", null, () => true, (...args) => {
  if (noKwargs("object", args).length > 0) throw new TypeError("object() takes no arguments");
  return new PyObject();
});

// The base of user classes without one (and of bare `object()` instances). Construction runs
// `__init__` as type.__call__ does, so `__init__` is an ordinary method that subclasses override
// and reach with `super.__init__(…)` anywhere; run-time keywords (`new C(kw({…}))`) bind
// through the signature defineFunction attached to `__init__`.
export class PyObject {
  static readonly __name__ = "object";

  constructor(...args: unknown[]) {
    const init = this.__init__;
    const sig = args[args.length - 1] instanceof Kwargs ? signatureOf(init) : undefined;
    init.apply(this, sig ? bindArguments(sig, args) : args);
  }

  __init__(...args: unknown[]): void {
    if (args.length > 0) throw new TypeError(`${pyClassName(this.constructor)}() takes no arguments`);
  }

  /** Python's iteration protocol for `for … of` on any object: __iter__ (an iterator with
   *  __next__, or a JS iterable such as a generator), else __getitem__ from 0, else the
   *  TypeError CPython raises. Typed `any` because the items are Python values. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [Symbol.iterator](): Iterator<any> {
    const self = this as unknown as Record<string, unknown>;
    if (typeof self.__iter__ === "function") {
      const it = (self.__iter__ as () => unknown).call(this) as Record<string | symbol, unknown> | null;
      if (it !== null && typeof it === "object" && it !== this && typeof it[Symbol.iterator] === "function") {
        return (it as unknown as Iterable<unknown>)[Symbol.iterator]();
      }
      if (it !== null && typeof it === "object" && typeof it.__next__ === "function") return fromNext(it as { __next__(): unknown });
      throw new TypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    if (typeof self.__next__ === "function") return fromNext(self as unknown as { __next__(): unknown });
    if (typeof self.__getitem__ === "function") return fromGetitem(self as unknown as { __getitem__(i: number): unknown });
    throw new TypeError(`'${pyClassName(this.constructor)}' object is not iterable`);
  }
}
Object.defineProperty(PyObject, "__module__", { value: "builtins" });

export const int = makeType("int", object, (x) => (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" || typeof x === "boolean", (...args) => {
  const [positional, keywords] = splitKwargs(args);
  atMost("int()", positional, 2);
  if ("x" in keywords) throw new TypeError("'x' is an invalid keyword argument for int()");
  return positional.length === 0 ? 0 : toInt(positional[0] ?? null, positional[1] ?? keywords.base);
});

export const bool = makeType("bool", int, (x) => typeof x === "boolean", (...args) => {
  const a = noKwargs("bool", args);
  atMost("bool", a, 1);
  return a.length === 0 ? false : truth(a[0]);
});

export const float = makeType("float", object, (x) => x instanceof PyFloat || (typeof x === "number" && !Number.isInteger(x)), (...args) => {
  // Fast path: every float literal in generated code is float(<number>).
  if (args.length === 1 && typeof args[0] === "number") return new PyFloat(args[0]);
  const a = noKwargs("float", args);
  atMost("float", a, 1);
  return a.length === 0 ? new PyFloat(0) : toFloat(a[0] ?? null);
});

export const str = makeType("str", object, (x) => typeof x === "string", (...args) => {
  const [positional, keywords] = splitKwargs(args);
  const [obj, encoding = keywords.encoding, errors = keywords.errors] = positional;
  if (positional.length === 0) return "";
  if (encoding === undefined && errors === undefined) return strOf(obj);
  if (!(obj instanceof PyBytes)) throw new TypeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return decodeBytes(obj, (encoding as string) ?? "utf-8", (errors as string) ?? "strict");
});

export const list = makeType("list", object, (x) => Array.isArray(x) && !(x instanceof PyTuple), (...args) => {
  const a = noKwargs("list", args);
  atMost("list", a, 1);
  return a.length === 0 ? [] : [...iter(a[0])];
});

export const tuple = makeType("tuple", object, (x) => x instanceof PyTuple, (...args) => {
  const a = noKwargs("tuple", args);
  atMost("tuple", a, 1);
  return a.length === 0 ? PyTuple.of() : a[0] instanceof PyTuple && a[0].constructor === PyTuple ? a[0] : PyTuple.fromIterable(iter(a[0]));
});

export const dict = makeType("dict", object, (x) => x instanceof PyDict, (...args) => {
  const [positional, keywords] = splitKwargs(args);
  atMost("dict", positional, 1);
  const d = new PyDict();
  d.update(positional[0], keywords);
  return d;
});
Object.defineProperty(dict, "fromkeys", { value: (keys: unknown, value: unknown = null) => PyDict.fromkeys(iter(keys), value) });

export const set = makeType("set", object, (x) => x instanceof PySet, (...args) => {
  const a = noKwargs("set", args);
  atMost("set", a, 1);
  return new PySet(a.length ? (a[0] as Iterable<unknown>) : undefined);
});

export const frozenset = makeType("frozenset", object, (x) => x instanceof PyFrozenSet, (...args) => {
  const a = noKwargs("frozenset", args);
  atMost("frozenset", a, 1);
  if (a[0] instanceof PyFrozenSet && a[0].constructor === PyFrozenSet) return a[0];
  return new PyFrozenSet(a.length ? (a[0] as Iterable<unknown>) : undefined);
});

export const range = makeType("range", object, (x) => x instanceof PyRange, (...args) => {
  const a = noKwargs("range", args);
  if (a.length === 0) throw new TypeError("range expected at least 1 argument, got 0");
  atMost("range", a, 3);
  const [x, y, z] = a.map(intArg);
  return y === undefined ? new PyRange(x!) : new PyRange(x!, y, z);
});

export const bytearray = makeType("bytearray", object, (x) => x instanceof PyByteArray, bytearrayNew);

export const bytes = makeType("bytes", object, (x) => x instanceof PyBytes && !(x instanceof PyByteArray), (...args) => {
  const [positional, keywords] = splitKwargs(args);
  const [src, encoding = keywords.encoding, errors = keywords.errors] = positional;
  if (src === undefined) return new PyBytes(new Uint8Array());
  if (typeof src === "string") {
    if (encoding === undefined) throw new TypeError("string argument without an encoding");
    return encodeString(src, encoding as string, (errors as string) ?? "strict");
  }
  if (typeof src === "number" || typeof src === "bigint") {
    const n = Number(src);
    if (n < 0) throw new ValueError("negative count");
    return new PyBytes(new Uint8Array(n));
  }
  if (src instanceof PyBytes) return src instanceof PyByteArray ? new PyBytes(src.bytes.slice()) : src;
  const out: number[] = [];
  for (const v of iter(src)) {
    const n = indexArg(v);
    if (n < 0 || n > 255) throw new ValueError("bytes must be in range(0, 256)");
    out.push(n);
  }
  return new PyBytes(Uint8Array.from(out));
});

export const slice = makeType("slice", object, (x) => x instanceof PySlice, (...args) => {
  const a = noKwargs("slice", args);
  if (a.length === 0) throw new TypeError("slice expected at least 1 argument, got 0");
  atMost("slice", a, 3);
  return a.length === 1 ? new PySlice(null, a[0] ?? null, null) : new PySlice(a[0] ?? null, a[1] ?? null, a[2] ?? null);
});

export const complex = makeType("complex", object, (x) => x instanceof PyComplex, complexNew);

export const NoneType = makeType("NoneType", object, (x) => x === null || x === undefined, () => null);
export const function_ = makeType("function", object, (x) => typeof x === "function" && !isClassObject(x) && !isBuiltinFunction(x), () => {
  throw new TypeError("cannot create 'function' instances");
});
export const builtin_function_or_method = makeType("builtin_function_or_method", object, isBuiltinFunction, () => {
  throw new TypeError("cannot create 'builtin_function_or_method' instances");
});

export function isClassObject(x: unknown): boolean {
  if (typeof x !== "function") return false;
  return Object.hasOwn(x, "__instancecheck__") || Object.hasOwn(x, "__module__") || /^class[\s{]/.test(Function.prototype.toString.call(x));
}

export const type = makeType("type", object, isClassObject, (...args) => {
  const a = noKwargs("type", args);
  if (a.length === 3) throw new NotImplementedError("type(name, bases, dict) is not supported");
  if (a.length !== 1) throw new TypeError("type() takes 1 or 3 arguments");
  return typeOf(a[0]);
});

export const BUILTIN_TYPES: readonly PyType[] = [bool, int, float, complex, str, list, tuple, dict, set, frozenset, range, bytearray, bytes, slice, NoneType, type, object];

// Type objects for tagged builtin iterators (map, zip, …), made on first use.
const taggedTypes = new Map<string, PyType>();

function taggedType(tag: string): PyType {
  let t = taggedTypes.get(tag);
  if (!t) {
    t = makeType(tag, object, (x) => typeName(x) === tag, () => {
      throw new NotImplementedError(`calling type(x) for a ${tag} object is not supported`);
    });
    taggedTypes.set(tag, t);
  }
  return t;
}

export function typeOf(x: unknown): unknown {
  const tag = (x as { __pytype__?: unknown } | null)?.__pytype__;
  if (typeof tag === "string") return taggedType(tag);
  // User subclasses of builtins (class D(dict)) report their own class.
  if (x !== null && typeof x === "object") {
    const ctor = (x as object).constructor;
    if (ctor && ctor !== Array && ctor !== PyTuple && ctor !== PyDict && ctor !== PySet && ctor !== PyFrozenSet && ctor !== PyFloat && ctor !== PyComplex && ctor !== PyRange && ctor !== PyBytes && ctor !== PyByteArray && ctor !== PySlice && ctor !== PyObject) {
      return ctor;
    }
    if (ctor === PyObject) return object;
  }
  if (typeof x === "function") return isClassObject(x) ? type : isBuiltinFunction(x) ? builtin_function_or_method : function_;
  for (const t of BUILTIN_TYPES) if (t.__instancecheck__(x)) return t;
  return object;
}

function isInstance1(x: unknown, cls: unknown): boolean {
  if (cls instanceof PyTuple) return cls.some((c) => isInstance1(x, c));
  if (typeof cls !== "function") throw new TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  if (Object.hasOwn(cls, "__instancecheck__")) return (cls as PyType).__instancecheck__(x);
  return x !== null && typeof x === "object" ? x instanceof cls : typeof x === "function" && x instanceof cls;
}

export function isinstance(x: unknown, cls: unknown): boolean {
  return isInstance1(x, cls);
}

export function issubclass(sub: unknown, cls: unknown): boolean {
  if (cls instanceof PyTuple) return cls.some((c) => issubclass(sub, c));
  if (typeof sub !== "function") throw new TypeError("issubclass() arg 1 must be a class");
  if (typeof cls !== "function") throw new TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (sub === cls || cls === object) return true;
  if (Object.hasOwn(sub, "__instancecheck__")) {
    let b = (sub as PyType).__base__;
    for (; b; b = b.__base__) if (b === cls) return true;
    return false;
  }
  if (Object.hasOwn(cls, "__instancecheck__")) {
    // A user class derived from a builtin's representation (class D(dict) extends PyDict).
    const proto = (sub as { prototype?: object }).prototype;
    return proto !== undefined && (cls as PyType).__instancecheck__(Object.create(proto));
  }
  const subProto = (sub as { prototype?: object }).prototype;
  const clsProto = (cls as { prototype?: object }).prototype;
  if (subProto !== undefined && clsProto !== undefined && Object.prototype.isPrototypeOf.call(clsProto, subProto)) return true;
  // Under multiple inheritance a base may be in the MRO without being on the prototype chain.
  return mroOf(sub).includes(cls);
}

// The value classes print as builtins (<class 'dict'>), unlike user subclasses of them.
markBuiltinClasses([PyFloat, PyComplex, PyTuple, PyDict, PySet, PyFrozenSet, PyRange, PyBytes, PyByteArray, PySlice]);

// Types under the builtins' own names, so generated code reads like its Python annotations
// (`def f(xs: list[int]) -> float` → `function f(xs: list<int>): float`). Each merges with the
// value of the same name above. Python's numeric tower holds: a bool is an int, an int is
// accepted where a float is expected.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type int = number | bigint | boolean;
export type float = PyFloat | int;
export type complex = PyComplex | float;
export type str = string;
export type bool = boolean;
export type bytes = PyBytes;
export type bytearray = PyByteArray;
export type list<T = any> = T[];
export type tuple = PyTuple<any>;
export type dict<K = any, V = any> = PyDict<K, V>;
export type set<_T = any> = PySet;
export type frozenset<_T = any> = PyFrozenSet;
/* eslint-enable @typescript-eslint/no-explicit-any */
