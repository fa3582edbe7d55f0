// joblib (third-party, named by seed 001): Parallel(n_jobs=…)(delayed(f)(x) for x in xs) on the
// runtime's process or thread pools. Calling a Parallel instance waits for every result.

import type { LibraryModule } from "./types.js";

export const joblibLibrary: LibraryModule = {
  python: "joblib",
  runtime: "@py2ts/runtime/joblib",
  members: {
    Parallel: { kind: "class", qualname: "joblib.Parallel" },
    delayed: { kind: "function" },
    cpu_count: { kind: "function" },
  },
  classes: {
    "joblib.Parallel": {
      methods: { __call__: { blocking: true }, __enter__: {}, __exit__: { blocking: true } },
      blockingEnter: true,
      enterReturnsSelf: true,
    },
  },
};
