// io, as the runtime provides it (packages/runtime/src/io.ts): StringIO for now (open() is the builtin).

import type { LibraryModule } from "./types.js";

const stream = ["write", "writelines", "read", "readline", "readlines", "seek", "tell", "truncate", "close", "flush", "readable", "writable", "seekable", "isatty"];

export const ioLibrary: LibraryModule = {
  python: "io",
  runtime: "@py2ts/runtime/io",
  members: {
    StringIO: { kind: "class", qualname: "io.StringIO" },
    UnsupportedOperation: { kind: "exception" },
  },
  classes: {
    "io.StringIO": { methods: Object.fromEntries([...stream, "getvalue"].map((name) => [name, {}])), enterReturnsSelf: true },
  },
};
