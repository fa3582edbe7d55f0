// itertools, as the runtime provides it (packages/runtime/src/itertools.ts): every member is a
// function returning a lazy iterator.

import type { LibraryModule } from "./types.js";

const functions = [
  "count", "cycle", "repeat", "chain", "islice", "takewhile", "dropwhile", "filterfalse", "compress", "starmap",
  "accumulate", "pairwise", "zip_longest", "product", "permutations", "combinations",
  "combinations_with_replacement", "groupby", "tee",
] as const;

export const itertoolsLibrary: LibraryModule = {
  python: "itertools",
  runtime: "@py2ts/runtime/itertools",
  members: Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
};
