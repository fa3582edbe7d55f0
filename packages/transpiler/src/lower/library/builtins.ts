// Python's builtins that the runtime provides, and how a call to each is emitted.
// Types such as int and str are called as functions in TS (`str(x)`), exceptions with `new`.

export type BuiltinKind = "function" | "type" | "exception" | "value";

const functions = [
  "abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "divmod", "format", "getattr",
  "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "len", "max", "min",
  "next", "oct", "open", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars",
] as const;

const types = [
  "bool", "bytearray", "bytes", "complex", "dict", "enumerate", "filter", "float", "frozenset", "int", "list", "map", "range",
  "reversed", "set", "slice", "str", "tuple", "type", "zip", "object",
] as const;

const exceptions = [
  "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError",
  "EOFError", "GeneratorExit", "ImportError", "IndexError", "KeyError", "KeyboardInterrupt",
  "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotImplementedError", "OSError",
  "OverflowError", "RecursionError", "ReferenceError", "RuntimeError", "StopIteration",
  "StopAsyncIteration", "SystemExit", "TimeoutError", "TypeError", "UnboundLocalError", "ValueError",
  "ZeroDivisionError", "FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError",
  "NotADirectoryError", "ChildProcessError", "ProcessLookupError", "BrokenPipeError",
  "ConnectionError", "InterruptedError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
] as const;

export const builtinKinds: ReadonlyMap<string, BuiltinKind> = new Map<string, BuiltinKind>([
  ["NotImplemented", "value"],
  ...functions.map((name) => [name, "function"] as const),
  ...types.map((name) => [name, "type"] as const),
  ...exceptions.map((name) => [name, "exception"] as const),
]);

/** Runtime helpers that lowering emits on its own (operators, literals, calls). */
export const runtimeHelpers = [
  "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "neg", "pos", "invert", "lshift", "rshift",
  "and_", "or_", "xor", "matmul", "not_", "truth", "eq", "ne", "lt", "le", "gt", "ge", "contains",
  "getitem", "setitem", "delitem", "iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow",
  "ilshift", "irshift", "iand", "ior", "ixor", "callMethod", "kw", "defineFunction", "callFunction",
  "PyTuple", "PyDict", "PySet", "PyFloat", "PyComplex", "PyByteArray", "PySlice", "PyBytes", "printWith", "unpack", "unpackEach", "getattr",
  "setattr", "enterContext", "exitContext", "nameError", "raisable", "toPyException", "is_", "enterExcept", "leaveExcept", "chainContext", "reraise",
  "PyObject", "classAttributes", "unpackStarred", "addInt", "subInt", "mulInt", "floordivInt", "modInt",
  "listGet", "listSet", "rangeStep", "matchSequence", "matchMapping", "matchRest", "matchClass",
  "intToFloat", "floatValue", "divFloat", "divIntRaw", "raiseFrom", "aiter", "moduleFile", "mergeKeywords", "collectAsync", "constantSet",
] as const;

export const BUILTINS_MODULE = "@py2ts/runtime/builtins";
