// Types the ES2023 lib lacks but Node 20 provides: `Transferable` (DOM-only in TS's libs, used
// by handles.ts and reduction) and `Atomics.waitAsync` (ES2024).
import type { TransferListItem } from "node:worker_threads";

declare global {
  type Transferable = TransferListItem;
  interface Atomics {
    waitAsync(
      typedArray: Int32Array,
      index: number,
      value: number,
      timeout?: number,
    ): { async: false; value: "not-equal" | "timed-out" } | { async: true; value: Promise<"ok" | "timed-out"> };
  }
}

export {};
