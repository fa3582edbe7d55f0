// A child process's first code: adopt the inherited pid and start method, import the user's
// module as "__mp_main__", rebuild the Process object (and, for fork, the globals), run it as
// BaseProcess._bootstrap does, then report the exit code only after output is flushed.
import { parentPort, workerData } from "node:worker_threads";
import { SystemExit } from "../builtins/exceptions.js";
import { flushStdio, muteStdio, sysStreams } from "../builtins/stdio.js";
import { closeProcessConnections } from "./connection.js";
import { adoptPidState } from "./pids.js";
import { adoptShmRegistry } from "./shm.js";
import { adoptManagerRegistry } from "./manager-wire.js";
import { reportExit, reportStarted, type ChildBoot } from "./popen.js";
import { adoptChildState, ParentProcess, type BaseProcess } from "./process.js";
import { decode, type Node } from "./reduction.js";
import { setChildModuleUrl, setImportingMain } from "./module-registry.js";
import { setProcessArgv, type ModuleGlobals } from "./spawn.js";
import type { SpareData } from "./spare-worker.js";
import { adoptStartMethod } from "./start-method.js";
import { exitFunction, INFO, printException, systemExitCode, utilLog } from "./util.js";

const boot: ChildBoot =
  (workerData as Partial<SpareData> | null)?.py2tsSpare === true ? await receiveBoot() : (workerData as ChildBoot);
setChildModuleUrl(boot.moduleUrl);
adoptEnvironment(boot.env);
adoptShmRegistry(boot.shm);
adoptManagerRegistry(boot.managers);
if (boot.logging !== undefined) (await import("./log.js")).adoptLogging(boot.logging);
adoptPidState(boot.pids);
adoptStartMethod(boot.startMethod);
setProcessArgv(boot.argv);

const status = new Int32Array(boot.status);
const exitcode = await runChild();
utilLog(INFO, `process exiting with exitcode ${exitcode}`);
// Connections still open in this process close now, so the other ends see EOF as they would
// when a CPython process dies.
closeProcessConnections();
flushStdio();
// Why store-then-notify before exiting: the parent's join() wakes on this cell, so it must hold
// the final code and all output must already be written.
reportExit(status, exitcode);
process.exit(exitcode);

/** A spare thread learns what to run from its first message. */
function receiveBoot(): Promise<ChildBoot> {
  return new Promise((resolve) => parentPort!.once("message", (message: ChildBoot) => resolve(message)));
}

function adoptEnvironment(env: Record<string, string | undefined>): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
}

async function runChild(): Promise<number> {
  let self: BaseProcess | undefined;
  try {
    setImportingMain(true);
    const moduleExports = await importMainModule().finally(() => setImportingMain(false));
    self = rebuild(moduleExports);
    adoptChildState(self, new ParentProcess(self._parent_name ?? "MainProcess", boot.pids.ppid));
    reportStarted(status);
    utilLog(INFO, "child process calling self.run()");
    try {
      await self.run();
    } finally {
      await exitFunction();
    }
    return 0;
  } catch (error) {
    if (error instanceof SystemExit) return systemExitCode(error) & 0xff;
    if (self !== undefined) sysStreams.stderr.write(`Process ${self.name}:\n`);
    printException(error);
    return 1;
  }
}

/** Imports the user's module as __mp_main__. With fork semantics CPython never re-runs the
 *  module in the child (it already ran in the parent before fork), so output from its top level
 *  is discarded here; spawn re-runs it visibly, as CPython's spawn does. */
async function importMainModule(): Promise<Record<string, unknown>> {
  if (boot.startMethod !== "fork") return (await import(boot.moduleUrl)) as Record<string, unknown>;
  muteStdio(true);
  try {
    return (await import(boot.moduleUrl)) as Record<string, unknown>;
  } finally {
    muteStdio(false);
  }
}

function rebuild(moduleExports: Record<string, unknown>): BaseProcess {
  const payload = boot.payload;
  const globals = moduleExports["pyModuleGlobals"] as ModuleGlobals | undefined;
  let process: BaseProcess;
  let inherited: [string, unknown][];
  if (payload.kind === "joint") {
    [process, inherited] = decode(payload.tree, moduleExports) as [BaseProcess, [string, unknown][]];
  } else {
    process = decode(payload.process, moduleExports) as BaseProcess;
    inherited = payload.globals.map(([name, node]) => [name, decode(node as Node, moduleExports)]);
  }
  if (boot.startMethod === "fork" && globals !== undefined && inherited.length > 0) {
    // restore() assigns every global it knows; the ones not inherited keep the child's values.
    globals.restore({ ...globals.snapshot(), ...Object.fromEntries(inherited) });
  }
  return process;
}
