// os (@py2ts/runtime/os). `os.path` resolves to the os.path table (os-path.ts). Nothing here
// blocks in the py2ts sense: file-system calls are synchronous, as CPython's are.

import type { ClassInfo, LibraryModule } from "./types.js";

const functions = [
  "getpid", "getppid", "getuid", "geteuid", "getgid", "getegid", "umask", "cpu_count", "getcwd", "getcwdb", "chdir", "getenv", "putenv", "unsetenv", "fspath", "fdopen",
  "mkdir", "makedirs", "listdir", "stat", "lstat", "remove", "unlink", "rmdir", "removedirs", "rename", "replace", "renames",
  "symlink", "link", "readlink", "chmod", "truncate", "utime", "access", "close", "read", "write", "walk", "kill", "strerror",
  "urandom",
] as const;

const values = [
  "environ", "sep", "altsep", "extsep", "linesep", "name", "curdir", "pardir", "pathsep", "defpath", "devnull",
  "F_OK", "R_OK", "W_OK", "X_OK",
] as const;

const dirEntry: ClassInfo = {
  methods: { is_dir: {}, is_file: {}, is_symlink: {}, stat: {}, inode: {}, __fspath__: {} },
};

const scandirIterator: ClassInfo = { methods: { close: {} }, enterReturnsSelf: true };

export const osLibrary: LibraryModule = {
  python: "os",
  runtime: "@py2ts/runtime/os",
  members: {
    ...Object.fromEntries(functions.map((name) => [name, { kind: "function" as const }])),
    ...Object.fromEntries(values.map((name) => [name, { kind: "value" as const }])),
    scandir: { kind: "function", returns: "os.ScandirIterator" },
    // os.fork by replay (runtime os/fork.ts); waiting for a child blocks.
    fork: { kind: "function" },
    wait: { kind: "function", blocking: true },
    waitpid: { kind: "function", blocking: true },
    WIFEXITED: { kind: "function" },
    WEXITSTATUS: { kind: "function" },
    WIFSIGNALED: { kind: "function" },
    WTERMSIG: { kind: "function" },
    _exit: { kind: "function" },
    DirEntry: { kind: "class", qualname: "os.DirEntry" },
    stat_result: { kind: "class", qualname: "os.stat_result" },
  },
  classes: {
    "os.DirEntry": dirEntry,
    "os.ScandirIterator": scandirIterator,
    "os.stat_result": { methods: {} },
  },
};
