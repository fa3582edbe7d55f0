// tempfile (@py2ts/runtime/tempfile). `with TemporaryDirectory() as d` binds the path (its
// __enter__ returns the name); NamedTemporaryFile returns a wrapper whose __enter__ is itself.

import type { ClassInfo, LibraryModule } from "./types.js";

const fileMethods = ["write", "writelines", "read", "readline", "readlines", "seek", "tell", "truncate", "flush", "fileno", "close"];

const wrapper: ClassInfo = {
  methods: Object.fromEntries(fileMethods.map((name) => [name, {}])),
  enterReturnsSelf: true,
};

export const tempfileLibrary: LibraryModule = {
  python: "tempfile",
  runtime: "@py2ts/runtime/tempfile",
  members: {
    gettempdir: { kind: "function" },
    gettempprefix: { kind: "function" },
    mkdtemp: { kind: "function" },
    mkstemp: { kind: "function" },
    mktemp: { kind: "function" },
    NamedTemporaryFile: { kind: "function", returns: "tempfile._TemporaryFileWrapper" },
    TemporaryFile: { kind: "function" },
    TemporaryDirectory: { kind: "class", qualname: "tempfile.TemporaryDirectory" },
    template: { kind: "value" },
    tempdir: { kind: "value" },
  },
  classes: {
    "tempfile.TemporaryDirectory": { methods: { cleanup: {} } },
    "tempfile._TemporaryFileWrapper": wrapper,
  },
};
