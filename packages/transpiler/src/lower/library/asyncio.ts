// asyncio basics: coroutines are async functions; every awaitable call here is awaited by the
// user's own `await`, so only the blocking methods of runtime objects are marked.

import type { LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;

export const asyncioLibrary: LibraryModule = {
  python: "asyncio",
  runtime: "@py2ts/runtime/asyncio",
  members: {
    run: { kind: "function", blocking: true },
    sleep: { kind: "function" },
    gather: { kind: "function" },
    create_task: { kind: "function", returns: "asyncio.Task" },
    ensure_future: { kind: "function", returns: "asyncio.Task" },
    wait_for: { kind: "function" },
    wait: { kind: "function" },
    timeout: { kind: "function", returns: "asyncio.Timeout" },
    timeout_at: { kind: "function", returns: "asyncio.Timeout" },
    current_task: { kind: "function" },
    all_tasks: { kind: "function" },
    FIRST_COMPLETED: { kind: "value" },
    FIRST_EXCEPTION: { kind: "value" },
    ALL_COMPLETED: { kind: "value" },
    Timeout: { kind: "class", qualname: "asyncio.Timeout" },
    as_completed: { kind: "function" },
    to_thread: { kind: "function" },
    get_event_loop: { kind: "function", returns: "asyncio.AbstractEventLoop" },
    get_running_loop: { kind: "function", returns: "asyncio.AbstractEventLoop" },
    new_event_loop: { kind: "function", returns: "asyncio.AbstractEventLoop" },
    set_event_loop: { kind: "function" },
    Task: { kind: "class", qualname: "asyncio.Task" },
    Lock: { kind: "class", qualname: "asyncio.Lock" },
    Event: { kind: "class", qualname: "asyncio.Event" },
    Semaphore: { kind: "class", qualname: "asyncio.Lock" },
    BoundedSemaphore: { kind: "class", qualname: "asyncio.Lock" },
    Queue: { kind: "class", qualname: "asyncio.Queue" },
    LifoQueue: { kind: "class", qualname: "asyncio.Queue" },
    PriorityQueue: { kind: "class", qualname: "asyncio.Queue" },
    Condition: { kind: "class", qualname: "asyncio.Condition" },
    CancelledError: { kind: "exception" },
    TimeoutError: { kind: "exception" },
    InvalidStateError: { kind: "exception" },
    QueueEmpty: { kind: "exception" },
    QueueFull: { kind: "exception" },
  },
  classes: {
    "asyncio.Task": {
      methods: {
        done: {}, cancelled: {}, cancel: {}, cancelling: {}, uncancel: {}, result: {}, exception: {},
        add_done_callback: {}, remove_done_callback: {}, get_name: {}, set_name: {},
      },
    },
    "asyncio.Timeout": { methods: { when: {}, reschedule: {}, expired: {} } },
    "asyncio.Lock": { methods: { acquire: {}, release: {}, locked: {} } },
    "asyncio.Event": { methods: { set: {}, clear: {}, is_set: {}, wait: {} } },
    "asyncio.Condition": { methods: { acquire: {}, release: {}, locked: {}, wait: {}, wait_for: {}, notify: {}, notify_all: {} } },
    "asyncio.Queue": {
      methods: { put: {}, get: {}, put_nowait: {}, get_nowait: {}, qsize: {}, empty: {}, full: {}, task_done: {}, join: {} },
    },
    "asyncio.AbstractEventLoop": {
      methods: { run_in_executor: {}, run_until_complete: blocking, time: {}, close: {}, is_running: {} },
    },
  },
};
