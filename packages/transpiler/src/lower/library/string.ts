// string, as the runtime provides it (packages/runtime/src/string.ts).

import type { LibraryModule } from "./types.js";

const values = [
  "whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits",
  "punctuation", "printable",
] as const;

export const stringLibrary: LibraryModule = {
  python: "string",
  runtime: "@py2ts/runtime/string",
  members: {
    ...Object.fromEntries(values.map((name) => [name, { kind: "value" as const }])),
    capwords: { kind: "function" },
    Template: { kind: "class", qualname: "string.Template" },
    Formatter: { kind: "class", qualname: "string.Formatter" },
  },
  classes: {
    "string.Template": { methods: { substitute: {}, safe_substitute: {}, is_valid: {}, get_identifiers: {} } },
    "string.Formatter": { methods: { format: {}, vformat: {} } },
  },
};
