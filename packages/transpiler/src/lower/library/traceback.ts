// traceback, as the runtime provides it (packages/runtime/src/traceback.ts).

import type { LibraryModule } from "./types.js";

export const tracebackLibrary: LibraryModule = {
  python: "traceback",
  runtime: "@py2ts/runtime/traceback",
  members: {
    print_exc: { kind: "function" },
    format_exc: { kind: "function" },
    print_exception: { kind: "function" },
    format_exception: { kind: "function" },
    format_exception_only: { kind: "function" },
  },
};
