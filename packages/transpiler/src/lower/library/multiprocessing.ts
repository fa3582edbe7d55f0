// multiprocessing, as far as the runtime provides it (see docs/SUPPORTED.md). Methods marked
// blocking are awaited; a `with` on a class with blockingEnter awaits its __enter__/__exit__.

import type { ClassInfo, LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;

const processClass: ClassInfo = {
  methods: { start: {}, join: blocking, is_alive: {}, terminate: {}, kill: {}, close: {}, run: blocking },
};

const lockClass: ClassInfo = {
  methods: { acquire: blocking, release: {}, __enter__: blocking, __exit__: {} },
  blockingEnter: true,
};

const queueClass: ClassInfo = {
  methods: {
    put: blocking,
    get: blocking,
    put_nowait: {},
    get_nowait: {},
    qsize: {},
    empty: {},
    full: {},
    close: {},
    join_thread: blocking,
    cancel_join_thread: {},
    task_done: {},
    join: blocking,
  },
};

const connectionClass: ClassInfo = {
  methods: { send: {}, recv: blocking, poll: blocking, send_bytes: {}, recv_bytes: blocking, recv_bytes_into: blocking, close: {}, fileno: {} },
};

const applyResultClass: ClassInfo = { methods: { get: blocking, wait: blocking, ready: {}, successful: {} } };

const poolClass: ClassInfo = {
  methods: {
    apply: blocking,
    apply_async: { returns: "multiprocessing.pool.ApplyResult" },
    map: blocking,
    map_async: { returns: "multiprocessing.pool.ApplyResult" },
    starmap: blocking,
    starmap_async: { returns: "multiprocessing.pool.ApplyResult" },
    imap: { returns: "multiprocessing.pool.IMapIterator" },
    imap_unordered: { returns: "multiprocessing.pool.IMapIterator" },
    close: {},
    terminate: {},
    join: blocking,
  },
  enterReturnsSelf: true,
};

export const multiprocessingLibrary: LibraryModule = {
  python: "multiprocessing",
  runtime: "@py2ts/runtime/multiprocessing",
  members: {
    Process: { kind: "class", qualname: "multiprocessing.Process" },
    reducer: { kind: "value" },
    current_process: { kind: "function", returns: "multiprocessing.Process" },
    // May be None (in the main process): not typed, so attribute access stays Python's.
    parent_process: { kind: "function" },
    active_children: { kind: "function" },
    cpu_count: { kind: "function" },
    get_start_method: { kind: "function" },
    set_start_method: { kind: "function" },
    get_all_start_methods: { kind: "function" },
    get_context: { kind: "function" },
    Manager: { kind: "function", returns: "multiprocessing.managers.SyncManager" },
    log_to_stderr: { kind: "function", returns: "logging.Logger" },
    get_logger: { kind: "function", returns: "logging.Logger" },
    freeze_support: { kind: "function" },
    set_executable: { kind: "function" },
    set_forkserver_preload: { kind: "function" },
    allow_connection_pickling: { kind: "function" },
    Pool: { kind: "class", qualname: "multiprocessing.Pool" },
    Queue: { kind: "class", qualname: "multiprocessing.Queue" },
    JoinableQueue: { kind: "class", qualname: "multiprocessing.Queue" },
    SimpleQueue: { kind: "class", qualname: "multiprocessing.Queue" },
    Pipe: { kind: "function", returnsTupleOf: "multiprocessing.connection.Connection" },
    Lock: { kind: "class", qualname: "multiprocessing.Lock" },
    RLock: { kind: "class", qualname: "multiprocessing.Lock" },
    Semaphore: { kind: "class", qualname: "multiprocessing.Lock" },
    BoundedSemaphore: { kind: "class", qualname: "multiprocessing.Lock" },
    Condition: { kind: "class", qualname: "multiprocessing.Condition" },
    Event: { kind: "class", qualname: "multiprocessing.Event" },
    Barrier: { kind: "class", qualname: "multiprocessing.Barrier" },
    Value: { kind: "function", returns: "multiprocessing.sharedctypes.Synchronized" },
    Array: { kind: "function" },
    RawValue: { kind: "function" },
    RawArray: { kind: "function" },
    ProcessError: { kind: "exception" },
    BufferTooShort: { kind: "exception" },
    TimeoutError: { kind: "exception" },
    AuthenticationError: { kind: "exception" },
  },
  classes: {
    "multiprocessing.Process": processClass,
    "multiprocessing.Pool": poolClass,
    "multiprocessing.pool.ApplyResult": applyResultClass,
    "multiprocessing.pool.IMapIterator": { methods: { next: blocking }, asyncIterable: true },
    "multiprocessing.Queue": queueClass,
    "multiprocessing.connection.Connection": connectionClass,
    "multiprocessing.Lock": lockClass,
    "multiprocessing.Condition": {
      methods: { ...lockClass.methods, wait: blocking, wait_for: blocking, notify: {}, notify_all: {} },
      blockingEnter: true,
    },
    "multiprocessing.Event": { methods: { set: {}, clear: {}, is_set: {}, wait: blocking } },
    "multiprocessing.Barrier": { methods: { wait: blocking, abort: {}, reset: {} } },
    "multiprocessing.sharedctypes.Synchronized": { methods: { get_lock: {}, get_obj: {}, __enter__: blocking, __exit__: {} }, blockingEnter: true },
  },
};
