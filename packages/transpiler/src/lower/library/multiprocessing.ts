// multiprocessing, as far as the runtime provides it today (see docs/SUPPORTED.md).

import type { ClassInfo, LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;

const processClass: ClassInfo = {
  methods: { start: {}, join: blocking, is_alive: {}, terminate: {}, kill: {}, close: {}, run: blocking },
};

export const multiprocessingLibrary: LibraryModule = {
  python: "multiprocessing",
  runtime: "@py2ts/runtime/multiprocessing",
  members: {
    Process: { kind: "class", qualname: "multiprocessing.Process" },
    current_process: { kind: "function", returns: "multiprocessing.Process" },
    parent_process: { kind: "function", returns: "multiprocessing.Process" },
    active_children: { kind: "function" },
    cpu_count: { kind: "function" },
    get_start_method: { kind: "function" },
    set_start_method: { kind: "function" },
    get_all_start_methods: { kind: "function" },
    ProcessError: { kind: "exception" },
    TimeoutError: { kind: "exception" },
  },
  classes: { "multiprocessing.Process": processClass },
};
