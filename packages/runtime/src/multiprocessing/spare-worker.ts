// One pre-started worker thread per process, so Process.start() usually finds a thread whose
// isolate and runtime are already loaded (a cold Worker costs tens of milliseconds). The spare
// waits for its ChildBoot as a message; it is unref'd while idle so it never keeps a program
// alive, and dies with its owner.
import { Worker } from "node:worker_threads";
import { STARTED, type ChildBoot } from "./popen.js";

// Beside this file in dist/; from a shared chunk of the bundle (bundle/chunks/), the bundle's
// own multiprocessing/worker-entry.js, so a child loads the same copy of the runtime.
const workerEntryUrl = new URL(
  /\/chunks\/[^/]+$/.test(import.meta.url) ? "../multiprocessing/worker-entry.js" : "./worker-entry.js",
  import.meta.url,
);

/** workerData of a spare, before it knows what to run. */
export interface SpareData {
  readonly py2tsSpare: true;
}

let spare: Worker | undefined;

/** A worker running `boot`: the warm spare if there is one, else a new thread. `status` is the
 *  child's status cells; once no launched child is still booting, a new spare starts warming. */
export function launchWorker(boot: ChildBoot, transfer: readonly Transferable[], status: Int32Array): Worker {
  let worker: Worker;
  if (spare !== undefined) {
    worker = spare;
    spare = undefined;
    worker.ref();
    worker.postMessage(boot, transfer as Transferable[] as never);
  } else {
    worker = new Worker(workerEntryUrl, {
      workerData: boot,
      transferList: transfer as Transferable[] as never,
      stdout: false,
      stderr: false,
    });
  }
  trackBoot(status);
  return worker;
}

let booting = 0;

// Why wait until no child is booting: a spare warming up at the same moment competes with the
// children the program is waiting for (2 cores are common), so it only uses idle time.
function trackBoot(status: Int32Array): void {
  booting++;
  const done = (): void => {
    booting--;
    if (booting === 0 && spare === undefined)
      setImmediate(() => {
        if (booting === 0 && spare === undefined) prepareSpare();
      }).unref();
  };
  const waited = Atomics.waitAsync(status, STARTED, 0);
  if (waited.async) void waited.value.then(done);
  else done();
}

function prepareSpare(): void {
  const data: SpareData = { py2tsSpare: true };
  const worker = new Worker(workerEntryUrl, { workerData: data, stdout: false, stderr: false });
  worker.unref();
  const forget = (): void => {
    if (spare === worker) spare = undefined;
  };
  // Until taken, a failure only loses the spare; launchWorker then starts a cold thread.
  worker.on("error", forget);
  worker.once("exit", forget);
  spare = worker;
}
