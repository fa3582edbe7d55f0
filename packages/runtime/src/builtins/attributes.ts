// getattr/setattr/hasattr/delattr and callMethod: attribute access on builtin values goes
// through per-type method tables; user objects use their own JS properties.
import { AttributeError, TypeError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { PyTuple } from "./tuple.js";
import { PyBytes } from "./bytes.js";
import { PyDict } from "./dict.js";
import { PyRange } from "./range.js";
import { splitKwargs, signatureOf, bindArguments, isClass, Kwargs } from "./call.js";
import { typeName } from "./typename.js";
import { strMethods, strKeywords } from "./methods/str.js";
import { listMethods, tupleMethods, intMethods, floatMethods } from "./methods/containers.js";
import { bytesMethods, bytesKeywords } from "./methods/bytes.js";
import { bytearrayMethods } from "./methods/bytearray.js";
import { PyByteArray } from "./bytearray.js";
import { builtinTypeAttribute } from "./methods/type-attributes.js";
import { isClassObject, object, PyObject, typeOf } from "./types.js";
import { pyClassModule, pyClassName, pyClassQualname } from "./classname.js";
import { recordAttributeLookup } from "../traceback-suggestions.js";
import { PyGenerator, generatorMethods } from "./generator.js";
import { basesTuple, mroOf, mroTuple } from "./mro.js";
import { instanceDict } from "./instance-dict.js";
import { specialMethod } from "./dunders.js";

type Table = Record<string, (self: never, ...args: unknown[]) => unknown>;

/** An instance of a user or runtime subclass of a builtin (a namedtuple, class L(list)): its
 *  own class's attributes are found after the builtin's methods. */
function isSubclassInstance(obj: unknown): boolean {
  return (obj instanceof PyTuple && obj.constructor !== PyTuple) || (Array.isArray(obj) && !(obj instanceof PyTuple) && obj.constructor !== Array);
}

function tableFor(obj: unknown): Table | undefined {
  if (typeof obj === "string") return strMethods as Table;
  if (typeof obj === "number" && Number.isInteger(obj)) return intMethods as Table;
  if (typeof obj === "bigint" || typeof obj === "boolean") return intMethods as Table;
  if (obj instanceof PyFloat || typeof obj === "number") return floatMethods as Table;
  if (obj instanceof PyTuple) return tupleMethods as Table;
  if (Array.isArray(obj)) return listMethods as Table;
  if (obj instanceof PyByteArray) return bytearrayMethods as Table;
  if (obj instanceof PyBytes) return bytesMethods as Table;
  // Before JS properties: Python's gen.throw(exc) is not the iterator protocol's throw.
  if (obj instanceof PyGenerator) return generatorMethods as Table;
  return undefined;
}

function keywordsFor(obj: unknown): Record<string, readonly string[]> | undefined {
  if (typeof obj === "string") return strKeywords;
  if (obj instanceof PyBytes) return bytesKeywords;
  return undefined;
}

// Keyword arguments of a table method moved to their positions; gaps stay undefined so the
// method's defaults apply.
function bindKeywords(method: string, names: readonly string[], args: unknown[]): unknown[] {
  const [pos, kw] = splitKwargs(args);
  const out: unknown[] = [...pos];
  for (const [key, value] of Object.entries(kw)) {
    const i = names.indexOf(key);
    if (i < 0) throw new TypeError(`${method}() got an unexpected keyword argument '${key}'`);
    if (i < pos.length) throw new TypeError(`argument for ${method}() given by name ('${key}') and position (${i + 1})`);
    out[i] = value;
  }
  for (let i = 0; i < out.length; i++) if (!(i in out)) out[i] = undefined;
  return out;
}

function noAttribute(obj: unknown, name: string): never {
  const error = isClassObject(obj)
    ? new AttributeError(`type object '${pyClassName(obj)}' has no attribute '${name}'`)
    : new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  recordAttributeLookup(error, obj, name);
  throw error;
}

// Data attributes of builtin values (int.real, range.start, …).
function builtinAttribute(obj: unknown, name: string): { value: unknown } | undefined {
  const isInt = (typeof obj === "number" && Number.isInteger(obj)) || typeof obj === "bigint" || typeof obj === "boolean";
  if (isInt && (name === "real" || name === "numerator")) return { value: typeof obj === "boolean" ? Number(obj) : obj };
  if (isInt && name === "imag") return { value: 0 };
  if (isInt && name === "denominator") return { value: 1 };
  if (obj instanceof PyFloat && name === "real") return { value: obj };
  if (obj instanceof PyFloat && name === "imag") return { value: new PyFloat(0) };
  if (obj instanceof PyRange && (name === "start" || name === "stop" || name === "step")) return { value: obj[name] };
  return undefined;
}

// Calls a JS function as a Python method: keyword arguments bind through its signature.
function invoke(fn: Function, self: unknown, args: unknown[]): unknown {
  const sig = signatureOf(fn);
  const bound = sig ? bindArguments(sig, args) : args;
  // A class held as an attribute (a nested class, `Outer.Inner()`) is instantiated.
  if (isClass(fn)) return new (fn as new (...a: unknown[]) => unknown)(...bound);
  return fn.apply(self, bound);
}

const MISSING = Symbol("missing");

export function getattr(obj: unknown, name: unknown, dflt: unknown = MISSING): any {
  const n = name as string;
  try {
    return getattr1(obj, n);
  } catch (e) {
    if (dflt !== MISSING && e instanceof AttributeError) return dflt;
    throw e;
  }
}

// Dunder attributes every Python object or class has.
function specialAttribute(obj: unknown, name: string): { value: unknown } | undefined {
  if (name === "__class__") return { value: typeOf(obj) };
  if (typeof obj === "function") {
    if (name === "__name__") return { value: isClassObject(obj) ? pyClassName(obj) : (obj as { __name__?: string }).__name__ ?? (obj.name || "<lambda>") };
    if (name === "__qualname__") return { value: isClassObject(obj) ? pyClassQualname(obj) : (obj as { __qualname__?: string }).__qualname__ ?? signatureOf(obj)?.name ?? (obj.name || "<lambda>") };
    if (name === "__module__") return { value: isClassObject(obj) ? pyClassModule(obj) : (obj as { __module__?: string }).__module__ ?? "__main__" };
    if (name === "__doc__") return { value: (obj as { __doc__?: unknown }).__doc__ ?? null };
    if ((name === "__defaults__" || name === "__kwdefaults__") && !isClassObject(obj)) return { value: (obj as unknown as Record<string, unknown>)[name] ?? null };
    if (name === "__mro__" && isClassObject(obj)) return { value: mroTuple(obj) };
    if (name === "__hash__" && isClassObject(obj)) {
      const hash = classHash(obj);
      if (hash) return hash;
    }
    if (name === "__bases__" && isClassObject(obj)) return { value: basesTuple(obj) };
  }
  return undefined;
}

/** `instance.m` where m is a @classmethod or @staticmethod: a static of the instance's class
 *  (class attributes have prototype accessors, so a static function found only on the class
 *  is one of these); it is called with the class as `this` (`cls`). */
function staticOfInstance(obj: unknown, name: string): { fn: Function; cls: Function } | undefined {
  if (!(obj instanceof PyObject)) return undefined;
  const cls = (obj as { constructor: Function }).constructor;
  const fn = (cls as unknown as Record<string, unknown>)[name];
  return typeof fn === "function" && !isClassObject(fn) ? { fn, cls } : undefined;
}

/** A user class's `__hash__`: its own or the nearest base's, and None (null) in a class that
 *  defines `__eq__` without `__hash__`, as CPython's type_new sets it. */
function classHash(cls: Function): { value: unknown } | undefined {
  for (let proto = cls.prototype as object | null; proto && proto !== PyObject.prototype && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, "__hash__")) return { value: (proto as { __hash__: unknown }).__hash__ ?? null };
    if (Object.hasOwn(proto, "__eq__")) return { value: null };
  }
  return undefined;
}

/** A user class's own hook (`__setattr__`, `__getattribute__`, `__delattr__`), if it has one. */
function userHook(obj: unknown, name: string): Function | undefined {
  if (!(obj instanceof PyObject)) return undefined;
  const hook = (obj as unknown as Record<string, unknown>)[name];
  return typeof hook === "function" ? hook : undefined;
}

function getattr1(obj: unknown, name: string): unknown {
  const getattribute = userHook(obj, "__getattribute__");
  if (getattribute) {
    try {
      return getattribute.call(obj, name);
    } catch (e) {
      const fallback = (obj as { __getattr__?: unknown }).__getattr__;
      if (e instanceof AttributeError && typeof fallback === "function") return fallback.call(obj, name);
      throw e;
    }
  }
  return lookupAttribute(obj, name);
}

/** object.__getattribute__: the lookup without the class's own __getattribute__ hook. */
function lookupAttribute(obj: unknown, name: string): unknown {
  if (obj === object && Object.hasOwn(objectMethods, name)) return objectMethods[name];
  const special = specialAttribute(obj, name);
  if (special) return special.value;
  if (name === "__dict__" && obj instanceof PyObject) return instanceDict(obj);
  const table = tableFor(obj);
  if (table) {
    const m = table[name];
    if (m) return (...args: unknown[]) => (m as (s: unknown, ...a: unknown[]) => unknown)(obj, ...args);
    const attr = builtinAttribute(obj, name) ?? specialMethod(obj, name);
    if (attr) return attr.value;
    if (!isSubclassInstance(obj) || !(name in (obj as object))) noAttribute(obj, name);
  }
  if (obj === null || obj === undefined) {
    const slot = specialMethod(obj, name);
    if (slot) return slot.value;
    noAttribute(obj, name);
  }
  const attr = builtinAttribute(obj, name) ?? builtinTypeAttribute(obj, name, (self, n, args) => callMethod(self, n, ...args));
  if (attr) return attr.value;
  const target = obj as Record<string, unknown>;
  if (name in target) {
    const v = target[name];
    if (typeof v === "function" && !Object.hasOwn(target, name) && !isClassObject(v)) {
      return (...args: unknown[]) => invoke(v, obj, args);
    }
    return v;
  }
  const classMethod = staticOfInstance(obj, name);
  if (classMethod) return (...args: unknown[]) => invoke(classMethod.fn, classMethod.cls, args);
  const hook = target.__getattr__;
  if (typeof hook === "function") return hook.call(obj, name);
  const slot = specialMethod(obj, name);
  if (slot) return slot.value;
  noAttribute(obj, name);
}

export function hasattr(obj: unknown, name: unknown): boolean {
  try {
    getattr1(obj, name as string);
    return true;
  } catch (e) {
    if (e instanceof AttributeError) return false;
    throw e;
  }
}

export function setattr(obj: unknown, name: unknown, value: unknown): void {
  const hook = userHook(obj, "__setattr__");
  if (hook) return void hook.call(obj, name, value);
  setRaw(obj, name, value);
}

// object.__setattr__ / __getattribute__ / __delattr__, which a user hook calls to do the work.
const objectMethods: Record<string, (...args: unknown[]) => unknown> = {
  __setattr__: (self, name, value) => setRaw(self, name, value),
  __getattribute__: (self, name) => lookupAttribute(self, name as string),
  __delattr__: (self, name) => deleteRaw(self, name),
};

function setRaw(obj: unknown, name: unknown, value: unknown): void {
  if (obj === null || obj === undefined || typeof obj !== "object" && typeof obj !== "function" || tableFor(obj)) {
    noAttribute(obj, name as string);
  }
  (obj as Record<string, unknown>)[name as string] = value;
}

/** The deleters of properties (`@x.deleter`), by class and name: `del obj.x` calls them. */
const deleters = new WeakMap<object, Map<string, Function>>();

export function propertyDeleter(cls: Function, name: string, fn: Function): void {
  let table = deleters.get(cls.prototype as object);
  if (!table) deleters.set(cls.prototype as object, (table = new Map()));
  table.set(name, fn);
}

/** `del obj.x` where x is a property of obj's class: true when its deleter ran; a property
 *  without one raises CPython's AttributeError. */
function deleteProperty(obj: object, name: string): boolean {
  for (let proto = Object.getPrototypeOf(obj) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const deleter = deleters.get(proto)?.get(name);
    if (deleter) {
      deleter.call(obj);
      return true;
    }
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) {
      if (descriptor.get && descriptor.set === undefined) {
        throw new AttributeError(`property '${name}' of '${typeName(obj)}' object has no deleter`);
      }
      return false;
    }
  }
  return false;
}

/** The setter of a property that has none: `obj.x = v` raises CPython's AttributeError. */
export function readOnlyProperty(obj: unknown, name: string): never {
  throw new AttributeError(`property '${name}' of '${typeName(obj)}' object has no setter`);
}

export function delattr(obj: unknown, name: unknown): void {
  const hook = userHook(obj, "__delattr__");
  if (hook) return void hook.call(obj, name);
  deleteRaw(obj, name);
}

function deleteRaw(obj: unknown, name: unknown): void {
  if (obj instanceof PyObject && !Object.hasOwn(obj, name as string) && deleteProperty(obj, name as string)) return;
  if (obj === null || obj === undefined || (typeof obj !== "object" && typeof obj !== "function") || tableFor(obj) || !((name as string) in (obj as object))) {
    noAttribute(obj, name as string);
  }
  delete (obj as Record<string, unknown>)[name as string];
}

// obj.name(*args, **kwargs) when the transpiler cannot tell obj's type.
export function callMethod(obj: unknown, name: string, ...args: unknown[]): any {
  const table = tableFor(obj);
  if (table) {
    const m = table[name];
    if (m) {
      const names = args[args.length - 1] instanceof Kwargs ? keywordsFor(obj)?.[name] : undefined;
      return (m as (s: unknown, ...a: unknown[]) => unknown)(obj, ...(names ? bindKeywords(name, names, args) : args));
    }
    if (!isSubclassInstance(obj) || !(name in (obj as object))) callSpecial(obj, name, args);
  }
  if (obj === null || obj === undefined) return callSpecial(obj, name, args);
  if (obj instanceof PyDict && name === "update") {
    const [pos, kw] = splitKwargs(args);
    return obj.update(pos[0], kw);
  }
  if (obj === object && Object.hasOwn(objectMethods, name)) return objectMethods[name]!(...args);
  const fn = (obj as Record<string, unknown>)[name];
  if (typeof fn === "function") {
    if (isClassObject(fn)) return invoke(fn, undefined, args);
    const sig = signatureOf(fn);
    if (!sig && args[args.length - 1] instanceof Kwargs && !(obj instanceof PyDict)) {
      // Builtin-style methods take their keywords as a trailing Kwargs themselves.
      return fn.apply(obj, args);
    }
    return invoke(fn, obj, args);
  }
  if (fn !== undefined) noCallable(fn);
  const classMethod = staticOfInstance(obj, name);
  if (classMethod) return invoke(classMethod.fn, classMethod.cls, args);
  if (typeof obj === "function") {
    const typeAttr = builtinTypeAttribute(obj, name, (self, n, a) => callMethod(self, n, ...a));
    if (typeAttr) return (typeAttr.value as (...a: unknown[]) => unknown)(...args);
  }
  if (name === "mro" && typeof obj === "function" && isClassObject(obj) && args.length === 0) return [...mroOf(obj)];
  const hook = (obj as Record<string, unknown>).__getattr__;
  if (typeof hook === "function") {
    const f = hook.call(obj, name);
    if (typeof f === "function") return f(...args);
  }
  return callSpecial(obj, name, args);
}

/** A special method the runtime implements as an operation (dunders.ts), or AttributeError. */
function callSpecial(obj: unknown, name: string, args: unknown[]): unknown {
  const slot = specialMethod(obj, name);
  if (!slot) noAttribute(obj, name);
  return (slot.value as (...a: unknown[]) => unknown)(...args);
}

function noCallable(x: unknown): never {
  throw new TypeError(`'${typeName(x)}' object is not callable`);
}


