// pathlib, as far as the runtime provides it (@py2ts/runtime/pathlib). File I/O is synchronous:
// nothing here blocks in the py2ts sense.

import type { ClassInfo, LibraryModule } from "./types.js";

const pureMethods = [
  "as_posix", "is_absolute", "is_relative_to", "is_reserved", "joinpath", "match", "relative_to",
  "with_name", "with_stem", "with_suffix",
] as const;

const concreteMethods = [
  "absolute", "exists", "expanduser", "lstat", "stat", "glob", "is_dir", "is_file", "is_symlink", "iterdir", "mkdir", "open",
  "read_bytes", "read_text", "readlink", "rename", "replace", "resolve", "rglob", "rmdir", "samefile", "touch",
  "unlink", "write_bytes", "write_text", "cwd", "home",
] as const;

const methods = (names: readonly string[]): ClassInfo["methods"] => Object.fromEntries(names.map((name) => [name, {}]));
const purePath: ClassInfo = { methods: methods(pureMethods) };
const path: ClassInfo = { methods: methods([...pureMethods, ...concreteMethods]) };

export const pathlibLibrary: LibraryModule = {
  python: "pathlib",
  runtime: "@py2ts/runtime/pathlib",
  members: {
    Path: { kind: "class", qualname: "pathlib.Path" },
    PosixPath: { kind: "class", qualname: "pathlib.Path" },
    PurePath: { kind: "class", qualname: "pathlib.PurePath" },
    PurePosixPath: { kind: "class", qualname: "pathlib.PurePath" },
  },
  classes: {
    "pathlib.Path": path,
    "pathlib.PurePath": purePath,
  },
};
