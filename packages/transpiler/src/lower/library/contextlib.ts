// contextlib, as the runtime provides it (packages/runtime/src/contextlib.ts).

import type { ClassInfo, LibraryModule } from "./types.js";

const manager: ClassInfo = { methods: { __enter__: {}, __exit__: {} } };

export const contextlibLibrary: LibraryModule = {
  python: "contextlib",
  runtime: "@py2ts/runtime/contextlib",
  members: {
    contextmanager: { kind: "function" },
    suppress: { kind: "class", qualname: "contextlib.suppress" },
    closing: { kind: "class", qualname: "contextlib.closing" },
    nullcontext: { kind: "class", qualname: "contextlib.nullcontext" },
    redirect_stdout: { kind: "class", qualname: "contextlib.redirect_stdout" },
    redirect_stderr: { kind: "class", qualname: "contextlib.redirect_stderr" },
    ExitStack: { kind: "class", qualname: "contextlib.ExitStack" },
    ContextDecorator: { kind: "class", qualname: "contextlib.ContextDecorator" },
    AbstractContextManager: { kind: "class", qualname: "contextlib.AbstractContextManager" },
    AbstractAsyncContextManager: { kind: "class", qualname: "contextlib.AbstractAsyncContextManager" },
  },
  classes: {
    "contextlib.suppress": manager,
    "contextlib.closing": manager,
    "contextlib.nullcontext": manager,
    "contextlib.redirect_stdout": manager,
    "contextlib.redirect_stderr": manager,
    "contextlib.ExitStack": {
      methods: { enter_context: {}, callback: {}, push: {}, pop_all: { returns: "contextlib.ExitStack" }, close: {}, __enter__: {}, __exit__: {} },
      enterReturnsSelf: true,
    },
    "contextlib.ContextDecorator": manager,
    "contextlib.AbstractContextManager": manager,
    "contextlib.AbstractAsyncContextManager": { methods: { __aenter__: {}, __aexit__: {} } },
  },
};
