// Bridges JS errors into Python exceptions, and prints an exception's last traceback line the
// way CPython's traceback.format_exception_only does.
import { pyClassModule, pyClassQualname } from "./classname.js";
import { isMainThread } from "node:worker_threads";
import {
  AttributeError,
  BaseException,
  MemoryError,
  NameError,
  RecursionError,
  RuntimeError,
  TypeError,
} from "./exception-classes.js";
import { str } from "./repr.js";
import { fromNodeSystemError } from "./errno.js";
import { recordNameLookup, suggestionSuffix } from "../traceback-suggestions.js";

const NativeTypeError = globalThis.TypeError;
const NativeRangeError = globalThis.RangeError;
const NativeReferenceError = globalThis.ReferenceError;

// V8's wording for a name read that no declaration binds: "x is not defined".
const UNDECLARED = /^(\S+) is not defined$/;

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
  } else if (e instanceof NativeReferenceError && UNDECLARED.test(e.message)) {
    const name = UNDECLARED.exec(e.message)![1]!;
    converted = new NameError(`name '${name}' is not defined`);
    recordNameLookup(converted, name);
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

export interface FormatOptions {
  /** Append CPython's "Did you mean" hint (sys.excepthook does; traceback.print_exc() in 3.11
   *  does not). Defaults to the main thread, where an uncaught exception reaches the excepthook. */
  readonly suggestions?: boolean;
}

// Last line of a traceback: "ValueError: msg", or the bare name when str(e) is empty.
export function formatExceptionOnly(err: unknown, options: FormatOptions = {}): string {
  const e = toPyException(err);
  let text: string;
  try {
    text = str(e);
  } catch {
    text = "<exception str() failed>";
  }
  const name = exceptionTypeName(e);
  const hint = (options.suggestions ?? isMainThread) ? suggestionSuffix(e) : "";
  const lines = [(text === "" ? name : `${name}: ${text}`) + hint];
  for (const note of e.__notes__ ?? []) lines.push(typeof note === "string" ? note : "<note str() failed>");
  return lines.join("\n");
}
