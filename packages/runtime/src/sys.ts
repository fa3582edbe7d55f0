// Python's sys module: argv, exit, the std streams, and facts about the interpreter we stand in
// for (CPython 3.11 on Linux). `executable` is the node binary actually running the program
// (docs/SUPPORTED.md): a script that re-runs sys.executable gets node, not python.
import { dirname } from "node:path";
import { SystemExit, TypeError, ValueError } from "./builtins/exceptions.js";
import { PyFloat } from "./builtins/float.js";
import { typeName } from "./builtins/typename.js";
import { stderr as stdioStderr, stdout as stdioStdout, sysStreams } from "./builtins/stdio.js";
import { processArgv } from "./multiprocessing/spawn.js";
import { StructSeq } from "./os/structseq.js";
import { stdin } from "./sys/stdin.js";
import { getIntMaxStrDigits, setIntMaxStrDigits } from "./builtins/int-digits.js";
import { handledException } from "./builtins/exception-state.js";
import { PyTuple } from "./builtins/tuple.js";
import { typeOf } from "./builtins/types.js";

export { stdin, sysStreams };
// Live bindings: `sys.stdout` in generated code reads the current stream.
export let stdout = stdioStdout;
export let stderr = stdioStderr;
export const __stdout__ = stdioStdout;
export const __stderr__ = stdioStderr;

/** Rebinds sys.stdout / sys.stderr (contextlib.redirect_stdout): print and tracebacks follow. */
export function rebindStream(name: "stdout" | "stderr", stream: unknown): void {
  if (name === "stdout") stdout = stream as typeof stdioStdout;
  else stderr = stream as typeof stdioStderr;
  sysStreams[name] = stream as (typeof sysStreams)["stdout"];
}
export const __stdin__ = stdin;

/** sys.argv: the .py script's path (PY2TS_ARGV0, set by the runner), then its arguments;
 *  children see their parent's. */
export const argv: string[] = (() => {
  const raw = [...processArgv()];
  const script = process.env.PY2TS_ARGV0;
  if (script !== undefined && raw.length > 0) raw[0] = script;
  return raw;
})();

/** sys.exit(arg): SystemExit does the rest at the exit path (None → 0, int → that code, any
 *  other object printed to stderr with exit code 1). */
export function exit(...args: unknown[]): never {
  if (args.length > 1) throw new TypeError(`exit expected at most 1 argument, got ${args.length}`);
  throw args.length === 0 ? new SystemExit() : new SystemExit(args[0]);
}

/** sys.exc_info(): (type, value, traceback) of the exception being handled, else three Nones.
 *  TODO(#4): the traceback is None; the runtime has no traceback objects. */
export function exc_info(): PyTuple {
  const error = handledException();
  return error === null ? PyTuple.of(null, null, null) : PyTuple.of(typeOf(error), error, null);
}

export const platform = "linux";
export const byteorder = "little";
export const maxsize = 9223372036854775807n;
export const maxunicode = 1114111;
export const executable = process.execPath;
export const version = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";
export const hexversion = 0x30b07f0;
export const api_version = 1013;
export const copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
export const dont_write_bytecode = false;

/** sys.path: only the script's directory is meaningful to a converted program. */
export const path: string[] = [argv[0] ? dirname(argv[0]) : ""];

class VersionInfo extends StructSeq {
  static override readonly __name__ = "version_info";
  static override readonly fields = ["major", "minor", "micro", "releaselevel", "serial"];
  static override readonly qualifiedName = "sys.version_info";
}
export const version_info = VersionInfo.make([3, 11, 7, "final", 0]);

class FloatInfo extends StructSeq {
  static override readonly __name__ = "float_info";
  static override readonly fields = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
  static override readonly qualifiedName = "sys.float_info";
}
export const float_info = FloatInfo.make([
  new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
]);

class IntInfo extends StructSeq {
  static override readonly __name__ = "int_info";
  static override readonly fields = ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
  static override readonly qualifiedName = "sys.int_info";
}
export const int_info = IntInfo.make([30, 4, 4300, 640]);

// The limit is recorded, not enforced: JS's own stack depth decides when recursion fails.
let recursionLimit = 1000;

export function getrecursionlimit(): number {
  return recursionLimit;
}

export function setrecursionlimit(limit: unknown): null {
  if (typeof limit !== "number" && typeof limit !== "bigint" && typeof limit !== "boolean") {
    throw new TypeError(`'${typeName(limit)}' object cannot be interpreted as an integer`);
  }
  const n = Number(limit);
  if (n < 1) throw new ValueError("recursion limit must be greater or equal than 1");
  recursionLimit = n;
  return null;
}

export function getdefaultencoding(): string {
  return "utf-8";
}

export function getfilesystemencoding(): string {
  return "utf-8";
}

/** sys.get_int_max_str_digits / set_int_max_str_digits: the decimal int ⇄ str limit. */
export function get_int_max_str_digits(): number {
  return getIntMaxStrDigits();
}

export function set_int_max_str_digits(maxdigits: unknown): null {
  if (typeof maxdigits === "boolean") maxdigits = maxdigits ? 1 : 0;
  if (typeof maxdigits !== "number" && typeof maxdigits !== "bigint") {
    throw new TypeError(`'${typeName(maxdigits)}' object cannot be interpreted as an integer`);
  }
  setIntMaxStrDigits(Number(maxdigits));
  return null;
}
