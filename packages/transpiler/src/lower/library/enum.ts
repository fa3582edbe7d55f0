// enum: a class deriving from Enum gets its members made by enumMembers after the class.

import type { LibraryModule } from "./types.js";

export const enumLibrary: LibraryModule = {
  python: "enum",
  runtime: "@py2ts/runtime/enum",
  members: {
    Enum: { kind: "class", qualname: "enum.Enum" },
    auto: { kind: "class", qualname: "enum.auto" },
  },
  classes: { "enum.Enum": { methods: {} }, "enum.auto": { methods: {} } },
};
