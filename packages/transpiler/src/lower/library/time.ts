// time (@py2ts/runtime/time). Only sleep blocks; the clocks and conversions are synchronous.

import type { LibraryModule } from "./types.js";

const functions = [
  "time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time", "process_time_ns",
  "thread_time", "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime",
] as const;

export const timeLibrary: LibraryModule = {
  python: "time",
  runtime: "@py2ts/runtime/time",
  members: {
    sleep: { kind: "function", blocking: true },
    ...Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
    struct_time: { kind: "class", qualname: "time.struct_time" },
    timezone: { kind: "value" },
    altzone: { kind: "value" },
    daylight: { kind: "value" },
    tzname: { kind: "value" },
  },
  classes: { "time.struct_time": { methods: {} } },
};
