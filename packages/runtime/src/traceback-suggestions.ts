// CPython 3.11's "Did you mean" hint on the last line of an uncaught NameError or AttributeError
// (sys.excepthook, Python/suggestions.c): the closest candidate by CPython's Levenshtein costs.
// traceback.print_exc() in 3.11 prints no hint, so only the main thread's uncaught path asks.
import type { BaseException } from "./builtins/exception-classes.js";
import { PyObject } from "./builtins/types.js";
import { mainModuleInfo } from "./multiprocessing/module-registry.js";

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

// A script's globals before its first statement, in dict order.
const MODULE_DUNDERS = [
  "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__",
  "__file__", "__cached__",
];

// list(builtins.__dict__) of a python3.11 script (site adds quit … help), in dict order: ties
// go to the first candidate, so the order is part of the result.
const BUILTIN_NAMES = [
  "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
  "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir",
  "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input",
  "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct",
  "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis",
  "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod",
  "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
  "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
  "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit",
  "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
  "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
  "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError",
  "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
  "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
  "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
  "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
  "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
  "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError",
  "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
  "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
  "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
  "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError",
  "open", "quit", "exit", "copyright", "credits", "license", "help",
];

// The interpreter sets NameError.name only for a failed name lookup; a user's
// `raise NameError(...)` has none and gets no hint.
const lookupNames = new WeakMap<object, string>();

/** Records the name whose lookup failed (the runtime's `nameError(name)`). */
export function recordNameLookup(error: object, name: string): void {
  lookupNames.set(error, name);
}

// AttributeError.name and .obj, set by the runtime's failed attribute reads.
const attributeLookups = new WeakMap<object, { readonly obj: unknown; readonly name: string }>();

/** Records the object and attribute name of a failed attribute read. */
export function recordAttributeLookup(error: object, obj: unknown, name: string): void {
  attributeLookups.set(error, { obj, name });
}

// dir() of a plain instance of a class without attributes, beyond what the class defines.
const OBJECT_DIR = [
  "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
  "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
  "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
  "__sizeof__", "__str__", "__subclasshook__", "__weakref__",
];
// JS-side names of a class constructor that are no Python attributes.
const FUNCTION_OWN = new Set(["length", "name", "prototype", "__name__", "__qualname__"]);

// dir(obj) for instances and classes of user classes (PyObject subclasses): their own
// attributes, the classes' methods and class attributes, object's; sorted, as dir() is.
// Undefined for other values: their hint is not computed.
function userDir(obj: unknown): string[] | undefined {
  const isClass = typeof obj === "function" && (obj === PyObject || obj.prototype instanceof PyObject);
  if (!isClass && !(obj instanceof PyObject)) return undefined;
  const names = new Set(OBJECT_DIR);
  if (!isClass) for (const key of Object.keys(obj as object)) names.add(key);
  let cls = (isClass ? obj : (obj as object).constructor) as Function;
  while (cls !== PyObject && typeof cls === "function" && cls.prototype instanceof PyObject) {
    for (const key of Object.getOwnPropertyNames(cls.prototype)) if (key !== "constructor") names.add(key);
    for (const key of Object.getOwnPropertyNames(cls)) if (!FUNCTION_OWN.has(key)) names.add(key);
    cls = Object.getPrototypeOf(cls) as Function;
  }
  return [...names].sort();
}

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** suggestions.c levenshtein_distance over UTF-8 bytes; > maxCost once the bound is exceeded. */
export function levenshteinDistance(left: string, right: string, maxCost: number): number {
  let a = Buffer.from(left, "utf8");
  let b = Buffer.from(right, "utf8");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.subarray(start, aEnd);
  b = b.subarray(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex]!;
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a[index]!);
      distance = row[index]!;
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** suggestions.c calculate_suggestions: the first closest candidate within a third of the characters. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return undefined;
  const nameSize = Buffer.byteLength(name, "utf8");
  let best = Number.MAX_SAFE_INTEGER;
  let suggestion: string | undefined;
  for (const item of candidates) {
    if (item === name) continue;
    const itemSize = Buffer.byteLength(item, "utf8");
    const maxDistance = Math.min(Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6), best - 1);
    const distance = levenshteinDistance(name, item, maxDistance);
    if (distance > maxDistance) continue;
    if (suggestion === undefined || distance < best) {
      suggestion = item;
      best = distance;
    }
  }
  return suggestion;
}

// The main module's globals as far as the runtime sees them: the names it exports (functions and
// classes) that are bound. Locals of the failing function are not known here.
function moduleGlobals(): string[] {
  const exports = mainModuleInfo()?.exports() ?? {};
  const bound = Object.keys(exports).filter((key) => exports[key] !== undefined);
  return [...MODULE_DUNDERS, ...bound];
}

/** ". Did you mean: 'x'?" for a NameError from a failed lookup (globals, then builtins) or an
 *  AttributeError from a failed read on a user object or class, else "". */
export function suggestionSuffix(error: BaseException): string {
  let suggestion: string | undefined;
  const name = lookupNames.get(error);
  const attribute = attributeLookups.get(error);
  if (name !== undefined) {
    suggestion = closestName(name, moduleGlobals()) ?? closestName(name, BUILTIN_NAMES);
  } else if (attribute !== undefined) {
    const candidates = userDir(attribute.obj);
    if (candidates !== undefined) suggestion = closestName(attribute.name, candidates);
  }
  return suggestion === undefined ? "" : `. Did you mean: '${suggestion}'?`;
}
