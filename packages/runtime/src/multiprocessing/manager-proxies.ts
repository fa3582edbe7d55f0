// The proxies of a manager's containers (DictProxy, ListProxy, NamespaceProxy, ValueProxy,
// ArrayProxy): every method is one synchronous request to the manager's server, arguments and
// results pickled both ways, exceptions re-raised here as the server raised them.
import { AttributeError, IndexError } from "../builtins/exceptions.js";
import { BrokenPipeError, FileNotFoundError } from "../builtins/oserror.js";
import { PySlice } from "../builtins/bytes.js";
import { objectId } from "../builtins/hash.js";
import { PyTuple } from "../builtins/tuple.js";
import { pyClassName } from "../builtins/classname.js";
import { registerHandleType } from "./handles.js";
import { connectionById, knownConnection, type ManagerConnection, type ManagerWire, type Request } from "./manager-wire.js";
import { packArgs } from "./manager-objects.js";
import { decode, registerRuntimeGlobal, type Node } from "./reduction.js";
import { lookupMainExport } from "./module-registry.js";
import { registrationOf, Token, tokenId, type ProxyClass } from "./manager-registry.js";

/** Sends one request and returns its decoded result, or raises the server's exception. */
export function request(connection: ManagerConnection, message: Request): unknown {
  const reply = connection.call(message);
  if (reply === undefined) {
    // CPython's proxies share one connection per thread, opened by the first method call: once
    // open, a stopped server is a broken pipe; before, its socket file is gone.
    if (connection.calledBefore) throw new BrokenPipeError(32, "Broken pipe");
    throw new FileNotFoundError(2, "No such file or directory");
  }
  if (message.op === "call") connection.calledBefore = true;
  if (!reply.ok) throw decode(reply.error as Node);
  return message.op === "create" ? reply.value : decode(reply.value as Node);
}

export class BaseProxy {
  static readonly __module__ = "multiprocessing.managers";
  declare readonly _connection: ManagerConnection;
  declare readonly _id: number;
  declare readonly _typeid: string;

  constructor(connection: ManagerConnection, id: number, typeid: string) {
    // Non-enumerable: a NamespaceProxy's own attributes live on the server.
    Object.defineProperty(this, "_connection", { value: connection });
    Object.defineProperty(this, "_id", { value: id });
    Object.defineProperty(this, "_typeid", { value: typeid });
  }

  _callmethod(method: string, args: readonly unknown[] = []): unknown {
    const asTypeid = registrationOf(this._typeid)?.methodToTypeid.get(method);
    const message = { op: "call", id: this._id, method, args: packArgs(args) } as const;
    if (asTypeid === undefined) return request(this._connection, message);
    // A method listed in method_to_typeid answers with a proxy for its result, kept by the server.
    const [id, methods] = request(this._connection, { ...message, asTypeid }) as [number, string[]];
    return registeredProxy(this._connection, id, asTypeid, methods);
  }

  /** The Token naming the referent: typeid, the manager's address, the referent's id. */
  get _token(): Token {
    return new Token(this._typeid, `/tmp/pymp-py2ts/listener-${this._connection.managerId}`, tokenId(this._id));
  }

  /** A copy of the referent. */
  _getvalue(): unknown {
    return this._callmethod("copy");
  }

  __repr__(): string {
    return `<${pyClassName(this.constructor)} object, typeid '${this._typeid}' at 0x${objectId(this).toString(16)}>`;
  }

  __str__(): string {
    try {
      return this._callmethod("__repr__") as string;
    } catch {
      return `${this.__repr__().slice(0, -1)}; '__str__()' failed>`;
    }
  }
}

type Forwarded = (...args: unknown[]) => any;

/** A method that forwards its arguments (keywords included) to the referent. */
function forward(method: string) {
  return function (this: BaseProxy, ...args: unknown[]): unknown {
    return this._callmethod(method, args);
  };
}

function forwardAll(cls: { prototype: object }, methods: readonly string[]): void {
  for (const method of methods) Object.defineProperty(cls.prototype, method, { value: forward(method), writable: true });
}

export class DictProxy extends BaseProxy {
  declare __contains__: Forwarded;
  declare __delitem__: Forwarded;
  declare __getitem__: Forwarded;
  declare __len__: Forwarded;
  declare __setitem__: Forwarded;
  declare clear: Forwarded;
  declare copy: Forwarded;
  declare get: Forwarded;
  declare items: Forwarded;
  declare keys: Forwarded;
  declare pop: Forwarded;
  declare popitem: Forwarded;
  declare setdefault: Forwarded;
  declare update: Forwarded;
  declare values: Forwarded;
  *[Symbol.iterator](): Generator<unknown> {
    yield* this._callmethod("__iter__") as unknown[];
  }
}
forwardAll(DictProxy, [
  "__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__", "clear", "copy", "get", "items",
  "keys", "pop", "popitem", "setdefault", "update", "values",
]);

export class ListProxy extends BaseProxy {
  declare __contains__: Forwarded;
  declare __delitem__: Forwarded;
  declare __getitem__: Forwarded;
  declare __len__: Forwarded;
  declare __setitem__: Forwarded;
  declare append: Forwarded;
  declare count: Forwarded;
  declare extend: Forwarded;
  declare index: Forwarded;
  declare insert: Forwarded;
  declare pop: Forwarded;
  declare remove: Forwarded;
  declare reverse: Forwarded;
  declare sort: Forwarded;
  // No __iter__ is exposed: Python iterates by index until IndexError, one request each.
  *[Symbol.iterator](): Generator<unknown> {
    for (let i = 0; ; i++) {
      try {
        yield this._callmethod("__getitem__", [i]);
      } catch (error) {
        if (error instanceof IndexError) return;
        throw error;
      }
    }
  }
  __iadd__(value: unknown): this {
    this._callmethod("extend", [value]);
    return this;
  }
  __imul__(value: unknown): this {
    this._callmethod("__imul__", [value]);
    return this;
  }
  override _getvalue(): unknown {
    return this._callmethod("__getitem__", [new PySlice(null, null, null)]);
  }
}
forwardAll(ListProxy, [
  "__add__", "__contains__", "__delitem__", "__getitem__", "__len__", "__mul__", "__reversed__", "__rmul__",
  "__setitem__", "append", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
]);

export class ArrayProxy extends BaseProxy {
  declare __len__: Forwarded;
  declare __getitem__: Forwarded;
  declare __setitem__: Forwarded;
  *[Symbol.iterator](): Generator<unknown> {
    yield* new ListProxy(this._connection, this._id, this._typeid);
  }
}
forwardAll(ArrayProxy, ["__len__", "__getitem__", "__setitem__"]);

export class ValueProxy extends BaseProxy {
  get(): unknown {
    return this._callmethod("get");
  }
  set(value: unknown): void {
    this._callmethod("set", [value]);
  }
  get value(): unknown {
    return this.get();
  }
  set value(value: unknown) {
    this.set(value);
  }
}

/** Names answered by the proxy itself: its own members, and what JavaScript probes (`then`, when
 *  a value is awaited). */
function isOwn(target: object, key: string | symbol): boolean {
  return typeof key !== "string" || key.startsWith("_") || key === "then" || key in target;
}

/** NamespaceProxy: public attributes are the referent's, read and written on the server; a JS
 *  Proxy because generated code reads and writes attributes directly. */
export class NamespaceProxy extends BaseProxy {
  // The referent's attributes, whatever they are called.
  [attribute: string]: any;
  constructor(connection: ManagerConnection, id: number, typeid: string) {
    super(connection, id, typeid);
    return new Proxy(this, {
      get: (target, key, receiver) => {
        if (isOwn(target, key)) return Reflect.get(target, key, receiver);
        return target._callmethod("__getattribute__", [key]);
      },
      set: (target, key, value, receiver) => {
        if (isOwn(target, key)) return Reflect.set(target, key, value, receiver);
        target._callmethod("__setattr__", [key, value]);
        return true;
      },
      deleteProperty: (target, key) => {
        if (isOwn(target, key)) return Reflect.deleteProperty(target, key);
        target._callmethod("__delattr__", [key]);
        return true;
      },
      has: (target, key) => {
        if (isOwn(target, key)) return Reflect.has(target, key);
        try {
          target._callmethod("__getattribute__", [key]);
          return true;
        } catch {
          return false;
        }
      },
    });
  }
}

// AutoProxy[typeid]: made once per typeid and list of exposed methods (MakeProxyType's cache).
const autoProxies = new Map<string, typeof BaseProxy>();
const autoProxyClasses = new WeakSet<Function>();

/** The proxy BaseManager.register() asked for: its proxytype, else an AutoProxy exposing the
 *  registered methods, else the referent's public methods (`methods`, from the server). */
export function registeredProxy(connection: ManagerConnection, id: number, typeid: string, methods: readonly string[]): BaseProxy {
  const registration = registrationOf(typeid);
  if (registration?.proxytype != null) return new registration.proxytype(connection, id, typeid) as BaseProxy;
  return autoProxy(connection, id, typeid, registration?.exposed ?? methods);
}

/** A proxy for a referent of a registered type, forwarding the methods it exposes. */
export function autoProxy(connection: ManagerConnection, id: number, typeid: string, exposed: readonly string[]): BaseProxy {
  const key = `${typeid}(${exposed.join(",")})`;
  let cls = autoProxies.get(key);
  if (cls === undefined) {
    const name = `AutoProxy[${typeid}]`;
    cls = class extends BaseProxy {
      static readonly __name__ = name;
      static readonly _exposed_ = PyTuple.fromIterable(exposed);
    };
    forwardAll(cls, exposed);
    autoProxies.set(key, cls);
    autoProxyClasses.add(cls);
  }
  return new cls(connection, id, typeid);
}

const PROXY_TYPES = { DictProxy, ListProxy, ArrayProxy, ValueProxy, NamespaceProxy } as const;
type ProxyTypeName = keyof typeof PROXY_TYPES;

export function makeProxy<K extends ProxyTypeName>(
  kind: K,
  connection: ManagerConnection,
  id: number,
  typeid: string,
): InstanceType<(typeof PROXY_TYPES)[K]> {
  return new PROXY_TYPES[kind](connection, id, typeid) as InstanceType<(typeof PROXY_TYPES)[K]>;
}

interface ProxyState {
  /** A proxy type's name, "AutoProxy" with `exposed` for a registered type's proxy, or
   *  "Custom" with the module-level name of the user's proxytype. */
  readonly kind: ProxyTypeName | "AutoProxy" | "Custom";
  readonly cls?: string;
  readonly exposed?: readonly string[];
  readonly id: number;
  readonly typeid: string;
  readonly manager: number;
  /** Present when the proxy crossed by structured clone (to a starting child, a pool task). */
  readonly wire?: ManagerWire;
}

function proxyState(proxy: BaseProxy): ProxyState {
  const common = { id: proxy._id, typeid: proxy._typeid, manager: proxy._connection.managerId };
  if (autoProxyClasses.has(proxy.constructor)) {
    const exposed = (proxy.constructor as unknown as { _exposed_: readonly string[] })._exposed_;
    return { kind: "AutoProxy", exposed: [...exposed], ...common };
  }
  const name = pyClassName(proxy.constructor);
  if (Object.hasOwn(PROXY_TYPES, name) && PROXY_TYPES[name as ProxyTypeName] === proxy.constructor) return { kind: name as ProxyTypeName, ...common };
  return { kind: "Custom", cls: name, ...common };
}

// Proxies pickle anywhere (RebuildProxy): by reference to their manager, which the receiving
// process must know (it inherited it, or received the proxy from it).
registerHandleType<BaseProxy>({
  name: "multiprocessing.managers.BaseProxy",
  matches: (value): value is BaseProxy => value instanceof BaseProxy,
  anywhere: true,
  reduce: (proxy) => ({ state: { ...proxyState(proxy), wire: proxy._connection.wire } }),
  bytesState: proxyState,
  rebuild: (raw) => {
    const state = raw as ProxyState;
    const connection = state.wire !== undefined ? knownConnection(state.wire) : connectionById(state.manager);
    if (connection === undefined) throw new FileNotFoundError(2, "No such file or directory");
    if (state.kind === "AutoProxy") return autoProxy(connection, state.id, state.typeid, state.exposed ?? []);
    if (state.kind === "Custom") {
      // The user's proxytype, found by name in the main module as pickle finds a class.
      const cls = lookupMainExport(state.cls ?? "") as ProxyClass | undefined;
      if (cls === undefined) throw new AttributeError(`Can't get attribute '${state.cls}' on <module '__mp_main__'>`);
      return new cls(connection, state.id, state.typeid) as BaseProxy;
    }
    return makeProxy(state.kind, connection, state.id, state.typeid);
  },
});

registerRuntimeGlobal("builtins.slice", PySlice);
