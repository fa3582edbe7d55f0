// json, as the runtime provides it (packages/runtime/src/json.ts).

import type { LibraryModule } from "./types.js";

export const jsonLibrary: LibraryModule = {
  python: "json",
  runtime: "@py2ts/runtime/json",
  members: {
    dumps: { kind: "function" },
    dump: { kind: "function" },
    loads: { kind: "function" },
    load: { kind: "function" },
    JSONDecodeError: { kind: "exception" },
  },
};
