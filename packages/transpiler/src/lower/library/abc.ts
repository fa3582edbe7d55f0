// abc: ABC as a base class; @abstractmethod recorded by the transpiler (abstractMethods).

import type { LibraryModule } from "./types.js";

export const abcLibrary: LibraryModule = {
  python: "abc",
  runtime: "@py2ts/runtime/abc",
  members: {
    ABC: { kind: "class", qualname: "abc.ABC" },
    abstractmethod: { kind: "function" },
  },
  classes: { "abc.ABC": { methods: {} } },
};
