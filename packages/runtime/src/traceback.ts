// Python's traceback module, its printing half (print_exc, format_exc, print_exception,
// format_exception, format_exception_only), over the runtime's traceback text. The exception
// being handled comes from builtins/exception-state.ts.
import { BaseException } from "./builtins/exception-classes.js";
import { formatExceptionOnly, toPyException } from "./builtins/exception-format.js";
import { handledException } from "./builtins/exception-state.js";
import { sysStreams } from "./builtins/stdio.js";
import { callMethod } from "./builtins/attributes.js";
import { formatException } from "./traceback-format.js";
import { bindArguments, signatureFromText } from "./builtins/call.js";

const printExcSig = signatureFromText("print_exc(limit=, file=, chain=)");
const formatSig = signatureFromText("format_exception(exc, /, value=, tb=, limit=, chain=)");
const printSig = signatureFromText("print_exception(exc, /, value=, tb=, limit=, file=, chain=)");
const onlySig = signatureFromText("format_exception_only(exc, /, value=)");

const NO_EXCEPTION = "NoneType: None\n";

// print_exception(exc) or the old print_exception(type, value, tb): the exception is the value.
function exceptionArgument(args: readonly unknown[]): BaseException | null {
  const value = args.length >= 2 ? args[1] : args[0];
  return value === null || value === undefined ? null : toPyException(value);
}

// Python 3.11's traceback module prints no "Did you mean" hint.
function text(error: BaseException | null, caughtAt: Error): string {
  return error === null ? NO_EXCEPTION : formatException(error, { suggestions: false, caughtAt });
}

// CPython's list items: the header, one per frame (with its source line), each chain
// separator, the exception line.
function chunks(all: string): string[] {
  const out: string[] = [];
  const lines = all.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith("    ") && out.length > 0 && out[out.length - 1]!.startsWith("  File ")) out[out.length - 1] += line;
    else if (line === "\n" && lines[index + 2] === "\n" && /^(The above|During handling)/.test(lines[index + 1] ?? "")) {
      out.push(line + lines[index + 1]! + lines[index + 2]!);
      index += 2;
    } else out.push(line);
  }
  return out;
}

function write(file: unknown, s: string): void {
  if (file === null || file === undefined) sysStreams.stderr.write(s);
  else callMethod(file, "write", s);
}

/** traceback.format_exc(): the exception being handled, as one string. */
export function format_exc(): string {
  return text(handledException(), new Error());
}

/** traceback.print_exc(limit=None, file=None, chain=True). TODO(#5): limit and chain=False. */
export function print_exc(...args: unknown[]): null {
  const [, file] = bindArguments(printExcSig, args);
  write(file, text(handledException(), new Error()));
  return null;
}

export function format_exception(...args: unknown[]): string[] {
  const [exc, value] = bindArguments(formatSig, args);
  return chunks(text(exceptionArgument(value === undefined ? [exc] : [exc, value]), new Error()));
}

export function print_exception(...args: unknown[]): null {
  const [exc, value, , , file] = bindArguments(printSig, args);
  write(file, text(exceptionArgument(value === undefined ? [exc] : [exc, value]), new Error()));
  return null;
}

export function format_exception_only(...args: unknown[]): string[] {
  const [exc, value] = bindArguments(onlySig, args);
  const error = exceptionArgument(value === undefined ? [exc] : [exc, value]);
  return chunks(error === null ? NO_EXCEPTION : `${formatExceptionOnly(error, { suggestions: false })}\n`);
}
