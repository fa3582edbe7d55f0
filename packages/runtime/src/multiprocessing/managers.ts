// multiprocessing.managers: SyncManager and Manager(). The server is a real child process
// ("SyncManager-1", a pid of its own) running _run_server; containers live there and are reached
// through proxies (manager-proxies.ts), synchronization types are shared-memory objects behind
// proxies of the same names (manager-sync.ts).
import { isMainThread } from "node:worker_threads";
import { AssertionError, TypeError } from "../builtins/exceptions.js";
import { truth } from "../builtins/truth.js";
import { callMethod } from "../builtins/attributes.js";
import { recordRegistration, type ProxyClass } from "./manager-registry.js";
import { iter } from "../builtins/iteration.js";
import { typeName } from "../builtins/typename.js";
import { SharedMemory, ShareableList } from "./shm.js";
import { bindCall, signature } from "./call.js";
import { ProcessError } from "./errors.js";
import { kw, splitKwargs } from "../builtins/call.js";
import { PyTuple } from "../builtins/tuple.js";
import { registerShutdownHook } from "../shutdown-hooks.js";
import { registerHandleType } from "./handles.js";
import { ManagerAddress, packArgs, toNode } from "./manager-objects.js";
import {
  makeProxy,
  registeredProxy,
  request,
  type BaseProxy,
  type ArrayProxy,
  type DictProxy,
  type ListProxy,
  type NamespaceProxy,
  type ValueProxy,
} from "./manager-proxies.js";

type ProxyKind = Parameters<typeof makeProxy>[0];
import { SyncProxy } from "./manager-sync.js";
import { knownConnection, ManagerConnection } from "./manager-wire.js";
import { ForkProcess, ForkServerProcess, SpawnProcess, type BaseProcess } from "./process.js";
import { getStartMethodName } from "./start-method.js";
import { isImportingMain } from "./module-registry.js";
import { INFO, utilLog } from "./util.js";
import { _run_server } from "./manager-objects.js";

export { Namespace, Value } from "./manager-objects.js";
export { BaseProxy, DictProxy, ListProxy, NamespaceProxy, ValueProxy, ArrayProxy } from "./manager-proxies.js";
export { SyncProxy } from "./manager-sync.js";
export { Token } from "./manager-registry.js";

const REGISTER_SIG = signature("BaseManager.register", [
  "cls", "typeid", "callable=", "proxytype=", "exposed=", "method_to_typeid=", "create_method=",
]);

const INITIAL = 0;
const STARTED = 1;
const SHUTDOWN = 2;

// Managers this process started and has not shut down: the interpreter's exit shuts them down
// (CPython's Finalize on the manager), after non-daemon threads are joined.
const running = new Set<BaseManager>();
let hookRegistered = false;

export class BaseManager {
  static readonly __module__ = "multiprocessing.managers";
  _connection: ManagerConnection | undefined;
  _process: BaseProcess | null = null;
  _state = INITIAL;
  /** Made while a child replays the module's top level: no server (see start()). */
  _dormant = false;
  private readonly _startMethod: string | null;

  constructor(...args: unknown[]) {
    const [, keywords] = splitKwargs(args);
    const ctx = keywords.ctx as { _name?: string } | null | undefined;
    this._startMethod = ctx?._name ?? null;
  }

  /** start(initializer=None, initargs=()): starts the server process. */
  start(...args: unknown[]): null {
    if (this._state === STARTED) throw new ProcessError("Already started server");
    if (this._state === SHUTDOWN) throw new ProcessError("Manager has shut down");
    void args;
    this._connection = ManagerConnection.create();
    if (isImportingMain()) {
      // A child re-running the module's top level: the parent's manager replaces this one when
      // globals are restored (fork), so it gets no server; its proxies would fail if used.
      this._connection.markClosed();
      this._dormant = true;
      this._state = STARTED;
      return null;
    }
    knownConnection(this._connection.wire);
    const method = this._startMethod ?? getStartMethodName();
    const cls = method === "fork" ? ForkProcess : method === "forkserver" ? ForkServerProcess : SpawnProcess;
    const process = new cls(kw({ target: _run_server, args: PyTuple.of(new ManagerAddress(this._connection.wire)) }));
    process.name = `${(this.constructor as { name: string }).name}-${process._identity.join(",")}`;
    // A child's manager dies with it; the main process shuts its managers down at exit.
    process.daemon = !isMainThread;
    process.start();
    this._process = process;
    this._state = STARTED;
    running.add(this);
    if (!hookRegistered && isMainThread) {
      hookRegistered = true;
      registerShutdownHook(async () => {
        for (const manager of [...running]) await manager._shutdownAsync();
      });
    }
    return null;
  }

  /** connect(): a manager rebuilt in a child is already connected. */
  connect(): null {
    return null;
  }

  /** shutdown(): stops the server and waits for its process. */
  async shutdown(): Promise<null> {
    await this._shutdownAsync();
    return null;
  }

  async _shutdownAsync(): Promise<void> {
    running.delete(this);
    if (this._state !== STARTED) return;
    this._state = SHUTDOWN;
    utilLog(INFO, "sending shutdown message to manager");
    this._connection?.call({ op: "shutdown" });
    await this._process?.join(1.0);
    if (this._process?.is_alive()) this._process.terminate();
    // Whatever became of the server, later calls fail instead of waiting for it.
    this._connection?.markClosed();
  }

  async join(timeout: unknown = null): Promise<null> {
    await this._process?.join(timeout);
    return null;
  }

  __enter__(): this {
    if (this._state === INITIAL) this.start();
    if (this._state === SHUTDOWN) throw new ProcessError("Manager has shut down");
    return this;
  }

  async __exit__(): Promise<boolean> {
    await this.shutdown();
    return false;
  }

  get address(): string {
    return `/tmp/pymp-py2ts/listener-${this._connection?.managerId ?? 0}`;
  }

  /** BaseManager.register(typeid, callable=None, proxytype=None, exposed=None,
   *  method_to_typeid=None, create_method=True): `manager.typeid(*args)` then makes an object
   *  with `callable` in the server process and returns an AutoProxy for it. */
  static register(...rawArgs: unknown[]): null {
    const a = bindCall(REGISTER_SIG, [this, ...rawArgs]);
    const typeid = a.typeid;
    if (typeof typeid !== "string") throw new TypeError(`register() argument 'typeid' must be str, not ${typeName(typeid)}`);
    const proxytype = (a.proxytype ?? null) as ProxyClass | null;
    const fromProxytype = (name: string): unknown => (proxytype as Record<string, unknown> | null)?.[name] ?? null;
    // As CPython: `exposed or proxytype._exposed_`, `method_to_typeid or proxytype._method_to_typeid_`.
    const exposedArg = truth(a.exposed ?? null) ? a.exposed : fromProxytype("_exposed_");
    const exposed = exposedArg === null ? null : Array.from(iter(exposedArg), String);
    const mapping = truth(a.method_to_typeid ?? null) ? a.method_to_typeid : fromProxytype("_method_to_typeid_");
    const methodToTypeid = new Map<string, string>();
    if (mapping !== null) for (const [method, target] of iter(callMethod(mapping, "items")) as Iterable<[unknown, unknown]>) methodToTypeid.set(String(method), String(target));
    recordRegistration(typeid, { proxytype, exposed, methodToTypeid });
    const callable = a.callable ?? null;
    if ((a.create_method ?? true) === false) return null;
    // setattr(cls, typeid, temp): an attribute of the class, called on its instances.
    const create = {
      configurable: true,
      writable: true,
      value: function (this: BaseManager, ...args: unknown[]): BaseProxy {
        const connection = this._live();
        if (callable === null) throw new TypeError(`'NoneType' object is not callable`);
        if (this._dormant) return registeredProxy(connection, 0, typeid, []);
        const [id, methods] = request(connection, { op: "create", typeid, args: packArgs(args), callable: toNode(callable) }) as [number, string[]];
        return registeredProxy(connection, id, typeid, methods);
      },
    };
    Object.defineProperty(this.prototype, typeid, create);
    Object.defineProperty(this, typeid, create);
    return null;
  }

  protected _create<K extends ProxyKind>(typeid: string, kind: K, args: readonly unknown[]): ReturnType<typeof makeProxy<K>> {
    const connection = this._live();
    if (this._dormant) return makeProxy(kind, connection, 0, typeid);
    const id = request(connection, { op: "create", typeid, args: packArgs(args) }) as number;
    return makeProxy(kind, connection, id, typeid);
  }

  protected _live(): ManagerConnection {
    if (this._connection === undefined || this._state !== STARTED) throw new AssertionError("server not yet started");
    return this._connection;
  }
}

export class SyncManager extends BaseManager {
  static override readonly __module__ = "multiprocessing.managers";
  dict(...args: unknown[]): DictProxy {
    return this._create("dict", "DictProxy", args);
  }
  list(...args: unknown[]): ListProxy {
    return this._create("list", "ListProxy", args);
  }
  Namespace(...args: unknown[]): NamespaceProxy {
    return this._create("Namespace", "NamespaceProxy", args);
  }
  Value(...args: unknown[]): ValueProxy {
    return this._create("Value", "ValueProxy", args);
  }
  Array(...args: unknown[]): ArrayProxy {
    return this._create("Array", "ArrayProxy", args);
  }
  Queue(...args: unknown[]): SyncProxy {
    return this._sync("Queue", args);
  }
  JoinableQueue(...args: unknown[]): SyncProxy {
    return this._sync("JoinableQueue", args);
  }
  Lock(): SyncProxy {
    return this._sync("Lock", []);
  }
  RLock(): SyncProxy {
    return this._sync("RLock", []);
  }
  Semaphore(...args: unknown[]): SyncProxy {
    return this._sync("Semaphore", args);
  }
  BoundedSemaphore(...args: unknown[]): SyncProxy {
    return this._sync("BoundedSemaphore", args);
  }
  Condition(...args: unknown[]): SyncProxy {
    return this._sync("Condition", args);
  }
  Event(): SyncProxy {
    return this._sync("Event", []);
  }
  Barrier(...args: unknown[]): SyncProxy {
    return this._sync("Barrier", args);
  }

  private _sync(typeid: string, args: unknown[]): SyncProxy {
    this._live();
    return SyncProxy.create(typeid, args);
  }
}

const SHM_SIG = signature("SharedMemoryManager.SharedMemory", ["self", "size"]);
const SHAREABLE_SIG = signature("SharedMemoryManager.ShareableList", ["self", "sequence"]);

/** managers.SharedMemoryManager: a manager (with its server process, SharedMemoryManager-1)
 *  that makes SharedMemory blocks and ShareableLists in the caller's process and unlinks them
 *  all when it shuts down. */
export class SharedMemoryManager extends BaseManager {
  static override readonly __module__ = "multiprocessing.managers";
  private readonly _segments: SharedMemory[] = [];

  SharedMemory(...args: unknown[]): SharedMemory {
    const { size } = bindCall(SHM_SIG, args);
    this._live();
    return this._track(new SharedMemory(null, true, size));
  }

  ShareableList(...args: unknown[]): ShareableList {
    const { sequence } = bindCall(SHAREABLE_SIG, args);
    this._live();
    const list = new ShareableList(sequence);
    this._track(list.shm);
    return list;
  }

  private _track(segment: SharedMemory): SharedMemory {
    this._segments.push(segment);
    return segment;
  }

  override async _shutdownAsync(): Promise<void> {
    // The server's SharedMemoryTracker unlinks every segment it was told about.
    for (const segment of this._segments.splice(0)) segment.unlink();
    await super._shutdownAsync();
  }
}

/** multiprocessing.Manager(): a started SyncManager. */
export function Manager(...args: unknown[]): SyncManager {
  const manager = new SyncManager(...args);
  manager.start();
  return manager;
}

// A manager inherited by a child (a global under fork, an argument) is a client of the same
// server: it can create objects but does not own the server process.
registerHandleType<SyncManager>({
  name: "multiprocessing.managers.SyncManager",
  matches: (value): value is SyncManager => value instanceof SyncManager,
  anywhere: true,
  reduce: (manager) => ({ state: { wire: manager._connection?.wire ?? null, started: manager._state } }),
  rebuild: (raw) => {
    const state = raw as { wire: ManagerConnection["wire"] | null; started: number };
    const manager = new SyncManager();
    if (state.wire !== null) manager._connection = knownConnection(state.wire);
    manager._state = state.started === STARTED ? STARTED : state.started;
    return manager;
  },
});
