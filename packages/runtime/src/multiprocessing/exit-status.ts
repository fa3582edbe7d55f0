// How a process reports its end: the traceback of an uncaught exception, the code SystemExit
// asks for, and multiprocessing's exit function (util._exit_function) once multiprocessing is
// loaded. Apart from util.ts so that main.ts, which every program loads, does not load
// multiprocessing (process, spawn, shared memory) for programs that never start a process.
import { SystemExit, toPyException } from "../builtins/exceptions.js";
import { flushStdio, sysStreams } from "../builtins/stdio.js";
import { str } from "../builtins/repr.js";
import { formatException } from "../traceback-format.js";

/** traceback.print_exc() for an exception with no recorded frames: the chain, then the header
 *  and the last line of each. */
export function printException(error: unknown): void {
  const text = formatException(toPyException(error));
  sysStreams.stderr.write(text);
  flushStdio();
}

/** The exit code SystemExit asks for, printing a non-int code to stderr as CPython does. */
export function systemExitCode(e: SystemExit): number {
  const code = e.code;
  if (code === null || code === undefined) return 0;
  if (typeof code === "number") return code;
  if (typeof code === "bigint") return Number(BigInt.asIntN(32, code));
  if (typeof code === "boolean") return code ? 1 : 0;
  sysStreams.stderr.write(`${str(code)}\n`);
  return 1;
}

export function isSystemExit(error: unknown): error is SystemExit {
  return error instanceof SystemExit;
}

// Set by util.ts when it loads, which every way of starting a child goes through (spawn.ts,
// process.ts import it): a program without it has no children to terminate or join.
let exitFunction: (() => Promise<void>) | undefined;

export function setExitFunction(fn: () => Promise<void>): void {
  exitFunction = fn;
}

/** util._exit_function if multiprocessing is loaded: terminate daemonic children, join the rest. */
export async function runExitFunction(): Promise<void> {
  await exitFunction?.();
}
