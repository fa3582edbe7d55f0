// multiprocessing.util's exit handling and the traceback printing shared by the main thread and
// children: what runs when a process ends, in CPython's order.
import { SystemExit, toPyException } from "../builtins/exceptions.js";
import { flushStdio, sysStreams } from "../builtins/stdio.js";
import { str } from "../builtins/repr.js";
import { active_children } from "./process.js";
import { formatException, markNotRaised } from "../traceback-format.js";

let exiting = false;

/** The levels util.py logs at. */
export const SUBDEBUG = 5;
export const DEBUG = 10;
export const INFO = 20;

interface MultiprocessingLogger {
  readonly log: (level: number, message: string, ...args: unknown[]) => void;
  /** The settings a starting child takes over. */
  readonly inheritable: () => { readonly level: number; readonly toStderr: boolean };
}

// Set once get_logger() has run (log.ts); until then util's messages cost nothing, as in CPython.
let mpLogger: MultiprocessingLogger | undefined;

export function setMultiprocessingLogger(logger: MultiprocessingLogger): void {
  mpLogger = logger;
}

/** util.info / util.debug. */
export function utilLog(level: number, message: string, ...args: unknown[]): void {
  mpLogger?.log(level, message, ...args);
}

/** For a starting child: the logger settings to adopt, if the logger exists. */
export function inheritableLogging(): { readonly level: number; readonly toStderr: boolean } | undefined {
  return mpLogger?.inheritable();
}

export { markNotRaised };

/** util._exit_function: terminate daemonic children, then join the others. Runs once. */
export async function exitFunction(): Promise<void> {
  if (exiting) return;
  exiting = true;
  utilLog(INFO, "process shutting down");
  utilLog(DEBUG, 'running all "atexit" finalizers with priority >= 0');
  for (const child of active_children()) {
    if (child.daemon) {
      utilLog(INFO, "calling terminate() for daemon %s", child.name);
      child._popen()?.terminate();
    }
  }
  for (const child of active_children()) {
    utilLog(INFO, "calling join() for process %s", child.name);
    await child.join();
  }
  utilLog(DEBUG, 'running the remaining "atexit" finalizers');
}

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
