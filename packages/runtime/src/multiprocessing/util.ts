// multiprocessing.util's exit handling and logging hooks: what runs when a process ends, in
// CPython's order. The traceback printing shared by the main thread and children is in
// exit-status.ts (re-exported here), which main.ts loads without loading multiprocessing.
import { active_children } from "./process.js";
import { markNotRaised } from "../traceback-format.js";
import { setExitFunction } from "./exit-status.js";

export { isSystemExit, printException, systemExitCode } from "./exit-status.js";

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

// main.ts runs it at exit through exit-status.ts, which does not load multiprocessing itself.
setExitFunction(exitFunction);
