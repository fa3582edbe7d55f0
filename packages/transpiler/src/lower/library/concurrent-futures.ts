// concurrent.futures: executors over Python threads and worker processes. Waiting calls
// (result, exception, map, shutdown, wait, a with-block's exit) are awaited; as_completed is
// iterated with `for await`.

import type { ClassInfo, LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;

const executorClass: ClassInfo = {
  methods: {
    submit: { returns: "concurrent.futures.Future" },
    map: blocking,
    shutdown: blocking,
    __enter__: {},
    __exit__: blocking,
  },
  blockingEnter: true,
  enterReturnsSelf: true,
};

const runtime = "@py2ts/runtime/concurrent/futures";

export const concurrentFuturesLibrary: LibraryModule = {
  python: "concurrent.futures",
  runtime,
  members: {
    ThreadPoolExecutor: { kind: "class", qualname: "concurrent.futures.Executor" },
    ProcessPoolExecutor: { kind: "class", qualname: "concurrent.futures.Executor" },
    Executor: { kind: "class", qualname: "concurrent.futures.Executor" },
    Future: { kind: "class", qualname: "concurrent.futures.Future" },
    wait: { kind: "function", blocking: true },
    as_completed: { kind: "function", returns: "concurrent.futures.as_completed" },
    FIRST_COMPLETED: { kind: "value" },
    FIRST_EXCEPTION: { kind: "value" },
    ALL_COMPLETED: { kind: "value" },
    CancelledError: { kind: "exception" },
    TimeoutError: { kind: "exception" },
    InvalidStateError: { kind: "exception" },
    BrokenExecutor: { kind: "exception" },
  },
  classes: {
    "concurrent.futures.Executor": executorClass,
    "concurrent.futures.Future": {
      methods: {
        result: blocking,
        exception: blocking,
        done: {},
        running: {},
        cancel: {},
        cancelled: {},
        add_done_callback: {},
        set_result: {},
        set_exception: {},
        set_running_or_notify_cancel: {},
      },
    },
    "concurrent.futures.as_completed": { methods: {}, asyncIterable: true },
  },
};

/** `from concurrent.futures.process import BrokenProcessPool`. */
export const concurrentFuturesProcessLibrary: LibraryModule = {
  python: "concurrent.futures.process",
  runtime,
  members: { BrokenProcessPool: { kind: "exception" }, ProcessPoolExecutor: { kind: "class", qualname: "concurrent.futures.Executor" } },
};

/** `from concurrent.futures.thread import BrokenThreadPool`. */
export const concurrentFuturesThreadLibrary: LibraryModule = {
  python: "concurrent.futures.thread",
  runtime,
  members: { BrokenThreadPool: { kind: "exception" }, ThreadPoolExecutor: { kind: "class", qualname: "concurrent.futures.Executor" } },
};
