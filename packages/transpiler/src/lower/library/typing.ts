// typing: used in annotations (which become TS types, see lower/annotations.ts) and, rarely, as values.

import type { LibraryModule } from "./types.js";

const forms = ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "Generator", "ClassVar", "Final"] as const;

export const typingLibrary: LibraryModule = {
  python: "typing",
  runtime: "@py2ts/runtime/typing",
  members: {
    ...Object.fromEntries(forms.map((name) => [name, { kind: "value" as const }])),
    TYPE_CHECKING: { kind: "value" },
    cast: { kind: "function" },
    NamedTuple: { kind: "class", qualname: "typing.NamedTuple" },
  },
};
