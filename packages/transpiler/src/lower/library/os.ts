// os, as far as the runtime provides it today (see docs/SUPPORTED.md).

import type { LibraryModule } from "./types.js";

export const osLibrary: LibraryModule = {
  python: "os",
  runtime: "@py2ts/runtime/os",
  members: {
    fork: { kind: "function" },
    wait: { kind: "function", blocking: true },
    waitpid: { kind: "function", blocking: true },
    WIFEXITED: { kind: "function" },
    WEXITSTATUS: { kind: "function" },
    WIFSIGNALED: { kind: "function" },
    WTERMSIG: { kind: "function" },
    _exit: { kind: "function" },
    getpid: { kind: "function" },
    getppid: { kind: "function" },
    cpu_count: { kind: "function" },
    getcwd: { kind: "function" },
    environ: { kind: "value" },
    sep: { kind: "value" },
    linesep: { kind: "value" },
  },
};
