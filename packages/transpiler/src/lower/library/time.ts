// time, as far as the runtime provides it today (see docs/SUPPORTED.md).

import type { LibraryModule } from "./types.js";

export const timeLibrary: LibraryModule = {
  python: "time",
  runtime: "@py2ts/runtime/time",
  members: {
    sleep: { kind: "function", blocking: true },
    time: { kind: "function" },
    time_ns: { kind: "function" },
    perf_counter: { kind: "function" },
    monotonic: { kind: "function" },
  },
};
