// os.path (posixpath), as far as the runtime provides it (@py2ts/runtime/os/path).

import type { LibraryModule } from "./types.js";

const functions = [
  "abspath", "basename", "commonpath", "commonprefix", "dirname", "exists", "expanduser", "expandvars",
  "getatime", "getctime", "getmtime", "getsize", "isabs", "isdir", "isfile", "islink", "ismount", "join",
  "lexists", "normcase", "normpath", "realpath", "relpath", "samefile", "split", "splitdrive", "splitext",
] as const;

const values = ["sep", "altsep", "extsep", "pathsep", "curdir", "pardir", "defpath", "devnull", "supports_unicode_filenames"] as const;

export const osPathLibrary: LibraryModule = {
  python: "os.path",
  runtime: "@py2ts/runtime/os/path",
  members: {
    ...Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
    ...Object.fromEntries(values.map((name) => [name, { kind: "value" as const }])),
  },
};
