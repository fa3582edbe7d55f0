// re, as the runtime provides it (@py2ts/runtime/re).

import type { LibraryModule } from "./types.js";

export const reLibrary: LibraryModule = {
  python: "re",
  runtime: "@py2ts/runtime/re",
  members: {},
};
