// re, as the runtime provides it (@py2ts/runtime/re): patterns translated to JS RegExps.
// Nothing here blocks.

import type { ClassInfo, LibraryModule, MemberInfo } from "./types.js";

const methods = (names: readonly string[]): ClassInfo["methods"] =>
  Object.fromEntries(names.map((name) => [name, {}]));

const FUNCTIONS = ["compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "escape", "purge"];
const FLAGS = [
  "A", "ASCII", "DEBUG", "DOTALL", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "NOFLAG", "S", "T", "TEMPLATE",
  "U", "UNICODE", "VERBOSE", "X",
];

export const reLibrary: LibraryModule = {
  python: "re",
  runtime: "@py2ts/runtime/re",
  members: {
    ...Object.fromEntries(FUNCTIONS.map((name): [string, MemberInfo] => [name, { kind: "function" }])),
    ...Object.fromEntries(FLAGS.map((name): [string, MemberInfo] => [name, { kind: "value" }])),
    error: { kind: "exception" },
    Pattern: { kind: "class", qualname: "re.Pattern" },
    Match: { kind: "class", qualname: "re.Match" },
  },
  classes: {
    "re.Pattern": {
      methods: methods(["match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split"]),
    },
    "re.Match": { methods: methods(["group", "groups", "groupdict", "start", "end", "span", "expand"]) },
  },
};
