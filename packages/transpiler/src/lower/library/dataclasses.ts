// dataclasses: @dataclass is applied by the transpiler at the class (applyDataclass); the rest
// are ordinary runtime functions.

import type { LibraryModule } from "./types.js";

export const dataclassesLibrary: LibraryModule = {
  python: "dataclasses",
  runtime: "@py2ts/runtime/dataclasses",
  members: {
    dataclass: { kind: "function" },
    field: { kind: "function" },
    fields: { kind: "function" },
    asdict: { kind: "function" },
    astuple: { kind: "function" },
    replace: { kind: "function" },
    MISSING: { kind: "value" },
    Field: { kind: "class", qualname: "dataclasses.Field" },
    FrozenInstanceError: { kind: "exception" },
  },
  classes: { "dataclasses.Field": { methods: {} } },
};
