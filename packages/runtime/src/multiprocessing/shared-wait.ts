// multiprocessing.connection.wait over anything Waitable: Connections here, and process
// sentinels or other objects later, by implementing the same two methods.
import { iter } from "../builtins/iteration.js";
import { bindCall, signature, toSeconds } from "./call.js";

const WAIT_ARGS = signature("wait", ["object_list", "timeout="]);
import { sleepOnAny } from "./shared-state.js";

export interface Waitable {
  /** True when a wait on this object would return it now. */
  _waitReady(): boolean;
  /** Int32 cells that change (and are notified) whenever readiness may have changed. */
  _waitSignals(): readonly { readonly cells: Int32Array; readonly index: number }[];
}

/** wait(object_list, timeout=None) → the list of objects that are ready. */
export async function wait(...args: unknown[]): Promise<unknown[]> {
  const { object_list, timeout } = bindCall(WAIT_ARGS, args);
  return waitReady([...iter(object_list)] as Waitable[], toSeconds(timeout));
}

export async function waitReady<T extends Waitable>(objects: readonly T[], timeout: number | null): Promise<T[]> {
  const deadline = timeout === null ? Infinity : performance.now() + Math.max(0, timeout) * 1000;
  for (;;) {
    // Read every signal before checking readiness, so a change in between wakes the sleep.
    const signals = objects.flatMap((o) => o._waitSignals().map((s) => ({ ...s, seen: Atomics.load(s.cells, s.index) })));
    const ready = objects.filter((o) => o._waitReady());
    if (ready.length > 0) return ready;
    const remaining = deadline - performance.now();
    if (remaining <= 0) return [];
    await sleepOnAny(signals, remaining);
  }
}
