// functools, as the runtime provides it (packages/runtime/src/functools.ts).

import type { LibraryModule } from "./types.js";

const functions = ["partial", "reduce", "lru_cache", "cache", "wraps", "update_wrapper", "cmp_to_key", "total_ordering"] as const;

export const functoolsLibrary: LibraryModule = {
  python: "functools",
  runtime: "@py2ts/runtime/functools",
  members: Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
};
