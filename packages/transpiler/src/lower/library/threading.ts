// threading, as far as the runtime provides it: Python threads are async tasks of one isolate,
// so every call that can wait (join, acquire, wait, a lock's `with`) is awaited.

import type { ClassInfo, LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;

const threadMethods = {
  start: {},
  run: blocking,
  join: blocking,
  is_alive: {},
  getName: {},
  setName: {},
  isDaemon: {},
  setDaemon: {},
};

const lockClass: ClassInfo = {
  methods: { acquire: blocking, release: {}, locked: {}, __enter__: blocking, __exit__: {} },
  blockingEnter: true,
};

export const threadingLibrary: LibraryModule = {
  python: "threading",
  runtime: "@py2ts/runtime/threading",
  members: {
    Thread: { kind: "class", qualname: "threading.Thread" },
    Timer: { kind: "class", qualname: "threading.Timer" },
    Lock: { kind: "class", qualname: "threading.Lock" },
    RLock: { kind: "class", qualname: "threading.Lock" },
    Condition: { kind: "class", qualname: "threading.Condition" },
    Semaphore: { kind: "class", qualname: "threading.Lock" },
    BoundedSemaphore: { kind: "class", qualname: "threading.Lock" },
    Event: { kind: "class", qualname: "threading.Event" },
    Barrier: { kind: "class", qualname: "threading.Barrier" },
    BrokenBarrierError: { kind: "exception" },
    local: { kind: "class", qualname: "threading.local" },
    current_thread: { kind: "function", returns: "threading.Thread" },
    currentThread: { kind: "function", returns: "threading.Thread" },
    main_thread: { kind: "function", returns: "threading.Thread" },
    enumerate: { kind: "function" },
    active_count: { kind: "function" },
    activeCount: { kind: "function" },
    get_ident: { kind: "function" },
    get_native_id: { kind: "function" },
    TIMEOUT_MAX: { kind: "value" },
  },
  classes: {
    "threading.Thread": { methods: threadMethods },
    "threading.Timer": { methods: { ...threadMethods, cancel: {} } },
    "threading.Lock": lockClass,
    "threading.Condition": {
      methods: { ...lockClass.methods, wait: blocking, wait_for: blocking, notify: {}, notify_all: {}, notifyAll: {} },
      blockingEnter: true,
    },
    "threading.Event": { methods: { set: {}, clear: {}, is_set: {}, isSet: {}, wait: blocking } },
    "threading.Barrier": { methods: { wait: blocking, abort: {}, reset: {} } },
    "threading.local": { methods: {} },
  },
};
