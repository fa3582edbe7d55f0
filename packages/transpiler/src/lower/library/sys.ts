// sys (@py2ts/runtime/sys). sys.executable names the node binary running the program.

import type { LibraryModule } from "./types.js";

const values = [
  "argv", "stdout", "stderr", "stdin", "__stdout__", "__stderr__", "__stdin__", "platform", "version_info", "version",
  "hexversion", "api_version", "maxsize", "maxunicode", "executable", "byteorder", "path", "float_info", "int_info",
  "copyright", "dont_write_bytecode",
] as const;

const functions = ["exit", "getrecursionlimit", "setrecursionlimit", "getdefaultencoding", "getfilesystemencoding", "get_int_max_str_digits", "set_int_max_str_digits", "exc_info"] as const;

export const sysLibrary: LibraryModule = {
  python: "sys",
  runtime: "@py2ts/runtime/sys",
  members: {
    ...Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
    ...Object.fromEntries(values.map((name) => [name, { kind: "value" as const }])),
  },
};
