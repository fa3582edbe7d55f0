// shutil (@py2ts/runtime/shutil): synchronous file-system calls, nothing blocks.

import type { LibraryModule } from "./types.js";

const functions = [
  "copyfile", "copymode", "copystat", "copy", "copy2", "copyfileobj", "copytree", "ignore_patterns", "rmtree", "move", "which",
  "disk_usage",
] as const;

export const shutilLibrary: LibraryModule = {
  python: "shutil",
  runtime: "@py2ts/runtime/shutil",
  members: {
    ...Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
    Error: { kind: "exception" },
    SameFileError: { kind: "exception" },
    SpecialFileError: { kind: "exception" },
  },
};
