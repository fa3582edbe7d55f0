// textwrap, as the runtime provides it (packages/runtime/src/textwrap.ts).

import type { LibraryModule } from "./types.js";

export const textwrapLibrary: LibraryModule = {
  python: "textwrap",
  runtime: "@py2ts/runtime/textwrap",
  members: {
    wrap: { kind: "function" },
    fill: { kind: "function" },
    shorten: { kind: "function" },
    dedent: { kind: "function" },
    indent: { kind: "function" },
    TextWrapper: { kind: "class", qualname: "textwrap.TextWrapper" },
  },
  classes: {
    "textwrap.TextWrapper": { methods: { wrap: {}, fill: {} } },
  },
};
