// Bridges JS errors into Python exceptions, and prints an exception's last traceback line the
// way CPython's traceback.format_exception_only does.
import { pyClassModule, pyClassQualname } from "./classname.js";
import {
  AttributeError,
  BaseException,
  MemoryError,
  RecursionError,
  RuntimeError,
  TypeError,
} from "./exception-classes.js";
import { str } from "./repr.js";
import { fromNodeSystemError } from "./errno.js";

const NativeTypeError = globalThis.TypeError;
const NativeRangeError = globalThis.RangeError;

// V8's wording for property access on null/undefined: "Cannot read properties of null (reading 'x')".
const READ_OF_NONE = /^Cannot (?:read|set) properties of (?:null|undefined) \((?:reading|setting) '(.*)'\)$/;

export function toPyException(e: unknown): BaseException {
  if (e instanceof BaseException) return e;
  let converted: BaseException;
  const os = fromNodeSystemError(e);
  if (os) {
    converted = os;
  } else if (e instanceof NativeRangeError) {
    if (e.message.includes("Maximum call stack size exceeded")) {
      converted = new RecursionError("maximum recursion depth exceeded");
    } else if (/Invalid (?:array|string|typed array) length|Array buffer allocation failed|Maximum BigInt size/.test(e.message)) {
      converted = new MemoryError();
    } else {
      converted = new RuntimeError(e.message);
    }
  } else if (e instanceof NativeTypeError) {
    const none = READ_OF_NONE.exec(e.message);
    if (none) {
      converted = new AttributeError(`'NoneType' object has no attribute '${none[1]}'`);
    } else if (/is not iterable/.test(e.message)) {
      converted = new TypeError("object is not iterable");
    } else if (/is not a function|is not a constructor/.test(e.message)) {
      converted = new TypeError("object is not callable");
    } else {
      converted = new TypeError(e.message);
    }
  } else if (e instanceof Error) {
    converted = new RuntimeError(e.message);
  } else {
    converted = new RuntimeError(String(e));
  }
  // Keep the JS stack for debugging the runtime itself.
  if (e instanceof Error && e.stack) converted.stack = e.stack;
  return converted;
}

export function exceptionTypeName(e: BaseException): string {
  const cls = e.constructor;
  const mod = pyClassModule(cls);
  const qual = pyClassQualname(cls);
  return mod === "builtins" || mod === "__main__" ? qual : `${mod}.${qual}`;
}

// Last line of a traceback: "ValueError: msg", or the bare name when str(e) is empty.
export function formatExceptionOnly(err: unknown): string {
  const e = toPyException(err);
  let text: string;
  try {
    text = str(e);
  } catch {
    text = "<exception str() failed>";
  }
  const name = exceptionTypeName(e);
  const lines = [text === "" ? name : `${name}: ${text}`];
  for (const note of e.__notes__ ?? []) lines.push(typeof note === "string" ? note : "<note str() failed>");
  return lines.join("\n");
}
