// logging, as the runtime provides it (@py2ts/runtime/logging).

import type { LibraryModule } from "./types.js";

export const loggingLibrary: LibraryModule = {
  python: "logging",
  runtime: "@py2ts/runtime/logging",
  members: {},
};
