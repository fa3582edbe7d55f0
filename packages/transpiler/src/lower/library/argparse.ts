// argparse, as the runtime provides it (@py2ts/runtime/argparse).

import type { LibraryModule } from "./types.js";

export const argparseLibrary: LibraryModule = {
  python: "argparse",
  runtime: "@py2ts/runtime/argparse",
  members: {},
};
