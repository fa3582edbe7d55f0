// getattr/setattr/hasattr/delattr and callMethod: attribute access on builtin values goes
// through per-type method tables; user objects use their own JS properties.
import { AttributeError, TypeError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { PyTuple } from "./tuple.js";
import { PyBytes } from "./bytes.js";
import { PyDict } from "./dict.js";
import { PyRange } from "./range.js";
import { splitKwargs, signatureOf, bindArguments, Kwargs } from "./call.js";
import { typeName } from "./typename.js";
import { strMethods } from "./methods/str.js";
import { listMethods, tupleMethods, intMethods, floatMethods, bytesMethods } from "./methods/containers.js";
import { isClassObject, typeOf } from "./types.js";
import { pyClassModule, pyClassName, pyClassQualname } from "./classname.js";
import { recordAttributeLookup } from "../traceback.js";

type Table = Record<string, (self: never, ...args: unknown[]) => unknown>;

function tableFor(obj: unknown): Table | undefined {
  if (typeof obj === "string") return strMethods as Table;
  if (typeof obj === "number" && Number.isInteger(obj)) return intMethods as Table;
  if (typeof obj === "bigint" || typeof obj === "boolean") return intMethods as Table;
  if (obj instanceof PyFloat || typeof obj === "number") return floatMethods as Table;
  if (obj instanceof PyTuple) return tupleMethods as Table;
  if (Array.isArray(obj)) return listMethods as Table;
  if (obj instanceof PyBytes) return bytesMethods as Table;
  return undefined;
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
    if (name === "__qualname__") return { value: isClassObject(obj) ? pyClassQualname(obj) : (obj as { __qualname__?: string }).__qualname__ ?? (obj.name || "<lambda>") };
    if (name === "__module__") return { value: isClassObject(obj) ? pyClassModule(obj) : (obj as { __module__?: string }).__module__ ?? "__main__" };
    if (name === "__doc__") return { value: (obj as { __doc__?: unknown }).__doc__ ?? null };
  }
  return undefined;
}

function getattr1(obj: unknown, name: string): unknown {
  const special = specialAttribute(obj, name);
  if (special) return special.value;
  const table = tableFor(obj);
  if (table) {
    const m = table[name];
    if (m) return (...args: unknown[]) => (m as (s: unknown, ...a: unknown[]) => unknown)(obj, ...args);
    const attr = builtinAttribute(obj, name);
    if (attr) return attr.value;
    noAttribute(obj, name);
  }
  if (obj === null || obj === undefined) noAttribute(obj, name);
  const attr = builtinAttribute(obj, name);
  if (attr) return attr.value;
  const target = obj as Record<string, unknown>;
  if (name in target) {
    const v = target[name];
    if (typeof v === "function" && !Object.hasOwn(target, name) && !isClassObject(v)) {
      return (...args: unknown[]) => invoke(v, obj, args);
    }
    return v;
  }
  const hook = target.__getattr__;
  if (typeof hook === "function") return hook.call(obj, name);
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
  if (obj === null || obj === undefined || typeof obj !== "object" && typeof obj !== "function" || tableFor(obj)) {
    noAttribute(obj, name as string);
  }
  (obj as Record<string, unknown>)[name as string] = value;
}

export function delattr(obj: unknown, name: unknown): void {
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
    if (!m) noAttribute(obj, name);
    return (m as (s: unknown, ...a: unknown[]) => unknown)(obj, ...args);
  }
  if (obj === null || obj === undefined) noAttribute(obj, name);
  if (obj instanceof PyDict && name === "update") {
    const [pos, kw] = splitKwargs(args);
    return obj.update(pos[0], kw);
  }
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
  const hook = (obj as Record<string, unknown>).__getattr__;
  if (typeof hook === "function") {
    const f = hook.call(obj, name);
    if (typeof f === "function") return f(...args);
  }
  noAttribute(obj, name);
}

function noCallable(x: unknown): never {
  throw new TypeError(`'${typeName(x)}' object is not callable`);
}


