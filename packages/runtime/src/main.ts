// The generated module's lifecycle: `enterModule` at its top gives `__name__` and registers the
// module for pickling by name; `exitMain` at its end runs CPython's shutdown (flush, terminate
// daemonic children, join the rest). Uncaught exceptions take the same path with exit code 1.
import { isMainThread } from "node:worker_threads";
import { SystemExit } from "./builtins/exceptions.js";
import { flushStdio } from "./builtins/stdio.js";
import { childMainUrl, registerMainModule } from "./multiprocessing/module-registry.js";
import { startedAsForkReplay } from "./os/fork-replay.js";
import { runShutdownHooks } from "./shutdown-hooks.js";
import { registerTracebackModule } from "./traceback-frames.js";
import { moduleFile } from "./builtins/lowering.js";
import { printException, runExitFunction, systemExitCode } from "./multiprocessing/exit-status.js";

let entryUrl: string | undefined;
let hookInstalled = false;
let exitStarted = false;

/** `__name__` for the module at `moduleUrl`: "__main__" for the entry module of the main thread,
 *  "__mp_main__" for the same module imported by a child. */
export function enterModule(moduleUrl: string, exports: () => Record<string, unknown>): string {
  registerTracebackModule(moduleUrl, pyFileOf(moduleUrl));
  const childUrl = childMainUrl();
  if (childUrl !== undefined) {
    if (childUrl !== moduleUrl) return moduleNameOf(moduleUrl);
    // A child of os.fork() replays the program as the parent ran it: as __main__.
    const name = startedAsForkReplay() ? "__main__" : "__mp_main__";
    registerMainModule({ url: moduleUrl, name, exports });
    return name;
  }
  if (entryUrl !== undefined && entryUrl !== moduleUrl) return moduleNameOf(moduleUrl);
  entryUrl = moduleUrl;
  registerMainModule({ url: moduleUrl, name: "__main__", exports });
  if (isMainThread && !hookInstalled) {
    hookInstalled = true;
    // "uncaughtException" also receives unhandled rejections, e.g. a top-level await that throws.
    process.on("uncaughtException", (error) => {
      void shutdownAfter(error);
    });
  }
  return "__main__";
}

/** The .py file a generated module came from: the script the runner was given for the entry
 *  module, else the module's own path with a .py extension. */
function pyFileOf(moduleUrl: string): string {
  if (entryUrl === undefined || entryUrl === moduleUrl) return moduleFile(moduleUrl);
  return new URL(moduleUrl).pathname.replace(/\.[cm]?[jt]s$/, ".py");
}

function moduleNameOf(moduleUrl: string): string {
  const file = moduleUrl.slice(moduleUrl.lastIndexOf("/") + 1);
  return file.replace(/\.[cm]?[jt]s$/, "");
}

/** Awaited at the end of the generated main module. A no-op when the module runs in a child
 *  (its __name__ guard skipped the program; worker-entry owns the child's exit). */
export async function exitMain(): Promise<void> {
  if (!isMainThread || exitStarted) return;
  exitStarted = true;
  flushStdio();
  try {
    // Non-daemon threads are joined first (threading's atexit), then child processes.
    await runShutdownHooks();
    await runExitFunction();
  } catch (error) {
    printException(error);
  }
  flushStdio();
  process.exit(0);
}

async function shutdownAfter(error: unknown): Promise<void> {
  if (exitStarted) {
    // An exception during shutdown itself: report it and leave without waiting again.
    printException(error);
    flushStdio();
    process.exit(1);
  }
  exitStarted = true;
  flushStdio();
  let code: number;
  if (error instanceof SystemExit) {
    code = systemExitCode(error);
  } else {
    printException(error);
    code = 1;
  }
  flushStdio();
  try {
    // Non-daemon threads are joined first (threading's atexit), then child processes.
    await runShutdownHooks();
    await runExitFunction();
  } catch (inner) {
    printException(inner);
  }
  flushStdio();
  process.exit(code);
}
