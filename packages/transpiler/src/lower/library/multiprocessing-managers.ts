// multiprocessing.managers and Manager(): the manager and its proxies. Container proxies answer
// synchronously; the synchronization proxies block as the objects they stand for.

import type { ClassInfo, LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;
const plain = {} as const;

function proxyClass(methods: readonly string[]): ClassInfo {
  return { methods: Object.fromEntries(methods.map((name) => [name, plain])) };
}

const syncManagerClass: ClassInfo = {
  methods: {
    start: plain,
    connect: plain,
    shutdown: blocking,
    join: blocking,
    dict: { returns: "multiprocessing.managers.DictProxy" },
    list: { returns: "multiprocessing.managers.ListProxy" },
    Namespace: { returns: "multiprocessing.managers.NamespaceProxy" },
    Value: { returns: "multiprocessing.managers.ValueProxy" },
    Array: { returns: "multiprocessing.managers.ArrayProxy" },
    Queue: { returns: "multiprocessing.Queue" },
    JoinableQueue: { returns: "multiprocessing.Queue" },
    Lock: { returns: "multiprocessing.Lock" },
    RLock: { returns: "multiprocessing.Lock" },
    Semaphore: { returns: "multiprocessing.Lock" },
    BoundedSemaphore: { returns: "multiprocessing.Lock" },
    Condition: { returns: "multiprocessing.Condition" },
    Event: { returns: "multiprocessing.Event" },
    Barrier: { returns: "multiprocessing.Barrier" },
  },
  blockingEnter: true,
  enterReturnsSelf: true,
};

const sharedMemoryManagerClass: ClassInfo = {
  methods: {
    start: plain,
    shutdown: blocking,
    join: blocking,
    SharedMemory: { returns: "multiprocessing.shared_memory.SharedMemory" },
    ShareableList: { returns: "multiprocessing.shared_memory.ShareableList" },
  },
  blockingEnter: true,
  enterReturnsSelf: true,
};

export const managerClasses: Readonly<Record<string, ClassInfo>> = {
  "multiprocessing.managers.SyncManager": syncManagerClass,
  "multiprocessing.managers.SharedMemoryManager": sharedMemoryManagerClass,
  "multiprocessing.managers.DictProxy": proxyClass([
    "clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values", "_getvalue",
  ]),
  "multiprocessing.managers.ListProxy": proxyClass([
    "append", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort", "_getvalue",
  ]),
  "multiprocessing.managers.NamespaceProxy": proxyClass([]),
  "multiprocessing.managers.ValueProxy": proxyClass(["get", "set"]),
  "multiprocessing.managers.ArrayProxy": proxyClass([]),
};

export const managersLibrary: LibraryModule = {
  python: "multiprocessing.managers",
  runtime: "@py2ts/runtime/multiprocessing/managers",
  members: {
    SyncManager: { kind: "class", qualname: "multiprocessing.managers.SyncManager" },
    BaseManager: { kind: "class", qualname: "multiprocessing.managers.SyncManager" },
    SharedMemoryManager: { kind: "class", qualname: "multiprocessing.managers.SharedMemoryManager" },
    BaseProxy: { kind: "class", qualname: "multiprocessing.managers.BaseProxy" },
    ArrayProxy: { kind: "class", qualname: "multiprocessing.managers.ArrayProxy" },
    DictProxy: { kind: "class", qualname: "multiprocessing.managers.DictProxy" },
    ListProxy: { kind: "class", qualname: "multiprocessing.managers.ListProxy" },
    NamespaceProxy: { kind: "class", qualname: "multiprocessing.managers.NamespaceProxy" },
    ValueProxy: { kind: "class", qualname: "multiprocessing.managers.ValueProxy" },
    Namespace: { kind: "class", qualname: "multiprocessing.managers.Namespace" },
    Value: { kind: "class", qualname: "multiprocessing.managers.Value" },
    Token: { kind: "class", qualname: "multiprocessing.managers.Token" },
  },
  classes: {
    ...managerClasses,
    "multiprocessing.managers.BaseProxy": proxyClass(["_getvalue"]),
    "multiprocessing.managers.Namespace": { methods: {} },
    "multiprocessing.managers.Value": proxyClass(["get", "set"]),
    "multiprocessing.managers.Token": { methods: {} },
  },
};
