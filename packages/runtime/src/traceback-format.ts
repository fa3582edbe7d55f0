// A whole traceback as CPython's traceback.print_exception writes it: the chain of causes and
// contexts first (each with its "direct cause" / "During handling" separator), then each
// exception's frames and last line. Shared by uncaught exceptions, logging and `traceback`.
import type { BaseException } from "./builtins/exception-classes.js";
import { formatExceptionOnly, type FormatOptions } from "./builtins/exception-format.js";
import { formatFrames } from "./traceback-frames.js";

// Exceptions built but never raised (a pool's RemoteTraceback) print without a traceback header.
const notRaised = new WeakSet<object>();

export function markNotRaised(error: object): void {
  notRaised.add(error);
}

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

export interface TracebackOptions extends FormatOptions {
  /** Where the exception is being handled (an Error made there): its traceback, like CPython's
   *  __traceback__, then starts at the frame that caught it, not at the program's start. */
  readonly caughtAt?: Error;
}

/** The traceback of `e` and of the exceptions it chains to, ending in a newline. */
export function formatException(e: BaseException, options: TracebackOptions = {}): string {
  return formatChain(e, new Set(), options, options.caughtAt);
}

function formatChain(e: BaseException, seen: Set<BaseException>, options: FormatOptions, handledBy?: Error): string {
  seen.add(e);
  let prefix = "";
  const cause = e.__cause__;
  const context = e.__context__;
  if (cause !== null && !seen.has(cause)) {
    prefix = formatChain(cause, seen, options, e) + CAUSE;
  } else if (context !== null && !e.__suppress_context__ && !seen.has(context)) {
    prefix = formatChain(context, seen, options, e) + CONTEXT;
  }
  const header = notRaised.has(e) ? "" : `Traceback (most recent call last):\n${formatFrames(e, handledBy)}`;
  return `${prefix}${header}${formatExceptionOnly(e, options)}\n`;
}
