// sys, as far as the runtime provides it today (see docs/SUPPORTED.md).

import type { LibraryModule } from "./types.js";

export const sysLibrary: LibraryModule = {
  python: "sys",
  runtime: "@py2ts/runtime/sys",
  members: {
    argv: { kind: "value" },
    exit: { kind: "function" },
    stdout: { kind: "value" },
    stderr: { kind: "value" },
    platform: { kind: "value" },
    version_info: { kind: "value" },
    maxsize: { kind: "value" },
    executable: { kind: "value" },
  },
};
