// glob (@py2ts/runtime/glob): results in os.scandir order, as CPython (unsorted).

import type { LibraryModule } from "./types.js";

export const globLibrary: LibraryModule = {
  python: "glob",
  runtime: "@py2ts/runtime/glob",
  members: {
    glob: { kind: "function" },
    iglob: { kind: "function" },
    escape: { kind: "function" },
    has_magic: { kind: "function" },
  },
};
