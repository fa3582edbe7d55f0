// type(x).__name__ for any runtime value, without importing the value classes (they register
// a static `__name__`), so low-level modules can name types in error messages.
import { pyClassName } from "./classname.js";

export function typeName(x: unknown): string {
  switch (typeof x) {
    case "number":
      return "int";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "string":
      return "str";
    case "undefined":
      return "NoneType";
    case "function":
      return isClass(x) ? "type" : isBuiltinFunction(x) ? "builtin_function_or_method" : "function";
    case "symbol":
      return "symbol";
  }
  if (x === null) return "NoneType";
  const tag = (x as { __pytype__?: unknown }).__pytype__;
  if (typeof tag === "string") return tag;
  if (Array.isArray(x)) return x.constructor === Array ? "list" : pyClassName(x.constructor);
  return pyClassName((x as object).constructor);
}

function isClass(f: object): boolean {
  return Function.prototype.toString.call(f).startsWith("class") || Object.hasOwn(f, "__module__");
}

/** A function of Python's builtins module (builtin-functions.ts marks them). */
export function isBuiltinFunction(f: unknown): boolean {
  return typeof f === "function" && (f as { __builtin__?: unknown }).__builtin__ === true;
}
