// Submodules of multiprocessing that scripts import directly (`from multiprocessing.pool import
// ThreadPool`, `from multiprocessing.connection import wait`, …), each its own runtime path.

import type { LibraryModule } from "./types.js";
import { multiprocessingLibrary } from "./multiprocessing.js";
import { managersLibrary } from "./multiprocessing-managers.js";

const blocking = { blocking: true } as const;
const poolClass = multiprocessingLibrary.classes!["multiprocessing.Pool"]!;

const connectionLibrary: LibraryModule = {
  python: "multiprocessing.connection",
  runtime: "@py2ts/runtime/multiprocessing/connection",
  members: {
    Pipe: { kind: "function" },
    Connection: { kind: "class", qualname: "multiprocessing.connection.Connection" },
    wait: { kind: "function", ...blocking },
    // Both connect (and Listener binds) before returning, so both are awaited.
    Listener: { kind: "function", blocking: true, returns: "multiprocessing.connection.Listener" },
    Client: { kind: "function", blocking: true, returns: "multiprocessing.connection.Connection" },
  },
  classes: {
    "multiprocessing.connection.Listener": {
      methods: { accept: { blocking: true, returns: "multiprocessing.connection.Connection" }, close: {}, __enter__: {}, __exit__: {} },
      enterReturnsSelf: true,
    },
  },
};

const poolLibrary: LibraryModule = {
  python: "multiprocessing.pool",
  runtime: "@py2ts/runtime/multiprocessing/pool",
  members: {
    Pool: { kind: "class", qualname: "multiprocessing.Pool" },
    ThreadPool: { kind: "class", qualname: "multiprocessing.pool.ThreadPool" },
    ApplyResult: { kind: "class", qualname: "multiprocessing.pool.ApplyResult" },
    AsyncResult: { kind: "class", qualname: "multiprocessing.pool.ApplyResult" },
    MapResult: { kind: "class", qualname: "multiprocessing.pool.ApplyResult" },
    IMapIterator: { kind: "class", qualname: "multiprocessing.pool.IMapIterator" },
    RemoteTraceback: { kind: "exception" },
    MaybeEncodingError: { kind: "exception" },
  },
  classes: { "multiprocessing.pool.ThreadPool": poolClass },
};

const dummyLibrary: LibraryModule = {
  python: "multiprocessing.dummy",
  runtime: "@py2ts/runtime/multiprocessing/dummy",
  members: {
    Pool: { kind: "function", returns: "multiprocessing.pool.ThreadPool" },
    Queue: { kind: "class", qualname: "multiprocessing.Queue" },
    JoinableQueue: { kind: "class", qualname: "multiprocessing.Queue" },
    Lock: { kind: "class", qualname: "multiprocessing.Lock" },
    RLock: { kind: "class", qualname: "multiprocessing.Lock" },
    Semaphore: { kind: "class", qualname: "multiprocessing.Lock" },
    BoundedSemaphore: { kind: "class", qualname: "multiprocessing.Lock" },
    Condition: { kind: "class", qualname: "multiprocessing.Condition" },
    Event: { kind: "class", qualname: "multiprocessing.Event" },
    Barrier: { kind: "class", qualname: "multiprocessing.Barrier" },
    cpu_count: { kind: "function" },
    Process: { kind: "class", qualname: "threading.Thread" },
    current_process: { kind: "function", returns: "threading.Thread" },
    active_children: { kind: "function" },
    Pipe: { kind: "function", returnsTupleOf: "multiprocessing.dummy.Connection" },
    Manager: { kind: "function" },
    freeze_support: { kind: "function" },
    Value: { kind: "class", qualname: "multiprocessing.dummy.Value" },
    Array: { kind: "function" },
  },
  classes: {
    "multiprocessing.dummy.Connection": {
      methods: { send: {}, recv: blocking, poll: blocking, close: {} },
    },
    "multiprocessing.dummy.Value": { methods: {} },
  },
};

const sharedMemoryLibrary: LibraryModule = {
  python: "multiprocessing.shared_memory",
  runtime: "@py2ts/runtime/multiprocessing/shm",
  members: {
    SharedMemory: { kind: "class", qualname: "multiprocessing.shared_memory.SharedMemory" },
    ShareableList: { kind: "class", qualname: "multiprocessing.shared_memory.ShareableList" },
  },
  classes: {
    "multiprocessing.shared_memory.SharedMemory": { methods: { close: {}, unlink: {} }, enterReturnsSelf: true },
    "multiprocessing.shared_memory.ShareableList": { methods: { count: {}, index: {} } },
  },
};

const sharedctypesLibrary: LibraryModule = {
  python: "multiprocessing.sharedctypes",
  runtime: "@py2ts/runtime/multiprocessing/sharedctypes",
  members: {
    Value: { kind: "function", returns: "multiprocessing.sharedctypes.Synchronized" },
    Array: { kind: "function" },
    RawValue: { kind: "function" },
    RawArray: { kind: "function" },
    copy: { kind: "function" },
    synchronized: { kind: "function", returns: "multiprocessing.sharedctypes.Synchronized" },
  },
};

const reductionLibrary: LibraryModule = {
  python: "multiprocessing.reduction",
  runtime: "@py2ts/runtime/multiprocessing/reduction-module",
  members: {
    ForkingPickler: { kind: "class", qualname: "multiprocessing.reduction.ForkingPickler" },
    AbstractReducer: { kind: "class", qualname: "multiprocessing.reduction.AbstractReducer" },
    register: { kind: "function" },
    dump: { kind: "function" },
  },
  classes: {
    "multiprocessing.reduction.ForkingPickler": { methods: { dump: {}, dumps: {}, loads: {}, register: {} } },
    "multiprocessing.reduction.AbstractReducer": { methods: {} },
  },
};

export const multiprocessingSubmodules: readonly LibraryModule[] = [
  reductionLibrary,
  connectionLibrary,
  poolLibrary,
  dummyLibrary,
  sharedMemoryLibrary,
  sharedctypesLibrary,
  managersLibrary,
];
