// threading._shutdown: at interpreter exit, the atexit hooks of threading (executors wake their
// idle workers) run first, then every non-daemon thread is joined; main.ts reaches it through
// runShutdownHooks (shutdown-hooks.ts).
import { registerShutdownHook } from "../shutdown-hooks.js";
import { nonDaemonThreads, threadDone } from "./thread.js";

const atexitHooks: (() => void)[] = [];

/** threading._register_atexit: runs before the non-daemon threads are joined. */
export function _register_atexit(hook: () => void): void {
  atexitHooks.push(hook);
}

let shuttingDown = false;

export function isShuttingDown(): boolean {
  return shuttingDown;
}

export async function shutdownThreads(): Promise<void> {
  shuttingDown = true;
  for (const hook of atexitHooks.splice(0).reverse()) hook();
  for (let threads = nonDaemonThreads(); threads.length > 0; threads = nonDaemonThreads()) {
    for (const thread of threads) await threadDone(thread);
  }
}

registerShutdownHook(shutdownThreads);
