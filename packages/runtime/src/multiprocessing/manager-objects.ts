// The manager's server side: the referents (dict, list, Namespace, Value, array), created and
// called on request, as managers.Server does. It runs as the target of the manager's own
// process ("SyncManager-1"); each request is answered before the next is read.
import * as builtins from "../builtins/index.js";
import { BaseException, IndexError, TypeError } from "../builtins/exceptions.js";
import { callFunction, kw } from "../builtins/call.js";
import { repr } from "../builtins/repr.js";
import { PySlice } from "../builtins/bytes.js";
import { DictItems, DictKeys, DictValues } from "../builtins/dict.js";
import { registerHandleType } from "./handles.js";
import { knownConnection, type ManagerConnection, type ManagerWire, type Reply, type Request } from "./manager-wire.js";
import { decode, encode, registerRuntimeGlobal, type Node } from "./reduction.js";

/** managers.Namespace: attributes only; the repr lists the public ones, sorted. */
export class Namespace {
  static readonly __module__ = "multiprocessing.managers";
  constructor(...args: unknown[]) {
    const last = args[args.length - 1];
    if (last instanceof builtins.Kwargs) Object.assign(this, last.record);
  }
  __repr__(): string {
    const parts = Object.keys(this)
      .filter((name) => !name.startsWith("_"))
      .map((name) => `${name}=${repr((this as Record<string, unknown>)[name])}`)
      .sort();
    return `Namespace(${parts.join(", ")})`;
  }
}

/** managers.Value: a plain holder; the typecode is only shown, never enforced (as in CPython). */
export class Value {
  static readonly __module__ = "multiprocessing.managers";
  constructor(
    public _typecode: unknown,
    public _value: unknown,
  ) {}
  get(): unknown {
    return this._value;
  }
  set(value: unknown): void {
    this._value = value;
  }
  get value(): unknown {
    return this._value;
  }
  set value(value: unknown) {
    this._value = value;
  }
  __repr__(): string {
    return `Value(${repr(this._typecode)}, ${repr(this._value)})`;
  }
}

/** array.array as far as ArrayProxy reaches it: typecode, items, length, indexing. */
export class ArrayData {
  static readonly __name__ = "array";
  static readonly __module__ = "array";
  constructor(
    public typecode: string,
    public items: unknown[],
  ) {}
  __len__(): number {
    return this.items.length;
  }
  __getitem__(index: unknown): unknown {
    if (index instanceof PySlice) return new ArrayData(this.typecode, builtins.getitem(this.items, index) as unknown[]);
    return builtins.getitem(this.items, index);
  }
  __setitem__(index: unknown, value: unknown): void {
    if (index instanceof PySlice) {
      builtins.setitem(this.items, index, value instanceof ArrayData ? value.items : value);
      return;
    }
    const i = Number(index) < 0 ? Number(index) + this.items.length : Number(index);
    if (!Number.isInteger(i) || i < 0 || i >= this.items.length) throw new IndexError("array assignment index out of range");
    this.items[i] = checkItem(this.typecode, value);
  }
  *[Symbol.iterator](): Generator<unknown> {
    yield* this.items;
  }
  __repr__(): string {
    if (this.items.length === 0) return `array('${this.typecode}')`;
    if (this.typecode === "u") return `array('u', ${repr(this.items.join(""))})`;
    return `array('${this.typecode}', ${repr(this.items)})`;
  }
}

const FLOAT_CODES = new Set(["f", "d"]);

function checkItem(typecode: string, value: unknown): unknown {
  if (FLOAT_CODES.has(typecode)) return builtins.float(value as number);
  if (typecode === "u") return value;
  if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
    throw new TypeError(`'${builtins.typeName(value)}' object cannot be interpreted as an integer`);
  }
  return typeof value === "boolean" ? (value ? 1 : 0) : value;
}

/** What SyncManager.register() binds each typeid to (the synchronization types are proxies of
 *  shared-memory objects instead, see manager-sync.ts). */
const CONSTRUCTORS: Record<string, (args: unknown[]) => unknown> = {
  dict: (args) => callFunction(builtins.dict, args),
  list: (args) => callFunction(builtins.list, args),
  Namespace: (args) => new Namespace(...args),
  Value: (args) => new Value(args[0], args[1]),
  Array: (args) => {
    const typecode = String(args[0]);
    return new ArrayData(typecode, Array.from(builtins.iter(args[1]), (item) => checkItem(typecode, item)));
  },
};

const VIEWS = [DictKeys, DictValues, DictItems] as readonly (abstract new (...a: never[]) => object)[];

/** One method call on a referent, as Server.serve_client performs it. */
function callOn(target: unknown, method: string, args: unknown[]): unknown {
  const [a, b] = args;
  switch (method) {
    case "__getitem__":
      return builtins.getitem(target, a);
    case "__setitem__":
      return builtins.setitem(target, a, b), null;
    case "__delitem__":
      return builtins.delitem(target, a), null;
    case "__contains__":
      return builtins.contains(target, a);
    case "__len__":
      return builtins.len(target);
    case "__repr__":
      return repr(target);
    case "__str__":
      return builtins.str(target);
    case "__iter__":
      return Array.from(builtins.iter(target));
    case "__next__":
      // An iterator kept by the server (a generator, method_to_typeid's result): StopIteration
      // travels back like any other exception.
      return builtins.next(target);
    case "__getattribute__":
      return builtins.getattr(target, a);
    case "__setattr__":
      return builtins.setattr(target, a, b), null;
    case "__delattr__":
      return builtins.delattr(target, a), null;
    case "__add__":
      return builtins.add(target, a);
    case "__mul__":
    case "__rmul__":
      return builtins.mul(target, a);
    case "__imul__": {
      const list = target as unknown[];
      list.splice(0, list.length, ...(builtins.mul(list, a) as unknown[]));
      return null;
    }
    case "__reversed__":
      return Array.from(builtins.reversed(target));
  }
  const result = builtins.callMethod(target, method, ...args);
  // Dict views are pickled as lists (managers.rebuild_as_list).
  return VIEWS.some((view) => result instanceof view) ? Array.from(result as Iterable<unknown>) : result;
}

/** The arguments of a request: positional items plus the keywords, if any, as a Kwargs. */
export function packArgs(args: readonly unknown[]): Node {
  const [positional, keywords] = builtins.splitKwargs(args);
  return toNode([positional, Object.entries(keywords)]);
}

function unpackArgs(node: unknown): unknown[] {
  const [positional, keywords] = decode(node as Node) as [unknown[], [string, unknown][]];
  return keywords.length === 0 ? positional : [...positional, kw(Object.fromEntries(keywords))];
}

/** A value as requests and replies carry it: pickled, with proxies by reference. */
export function toNode(value: unknown): Node {
  return encode(value, { allowHandles: true, forBytes: true }).data;
}

/** The manager's address: what its server process is started with. */
export class ManagerAddress {
  constructor(readonly wire: ManagerWire) {}
}
registerHandleType<ManagerAddress>({
  name: "multiprocessing.managers.Address",
  matches: (value): value is ManagerAddress => value instanceof ManagerAddress,
  reduce: (address) => ({ state: address.wire }),
  rebuild: (state) => new ManagerAddress(state as ManagerWire),
});

// How long the server sleeps between checks that its process is still wanted; a terminated
// worker only stops at a point where JavaScript runs.
const POLL_MS = 100;

/** managers.BaseManager._run_server: serve until shutdown. */
export function _run_server(address: ManagerAddress): void {
  const connection = knownConnection(address.wire);
  const objects = new Map<number, unknown>();
  let nextId = 1;
  for (;;) {
    const request = connection.nextRequest(POLL_MS);
    if (request === undefined) continue;
    if (request.op === "shutdown") {
      // Closed before the reply: once the caller has its answer it may terminate this thread.
      connection.markClosed();
      connection.reply({ ok: true, value: null });
      return;
    }
    connection.reply(answer(request, objects, () => nextId++));
  }
}
registerRuntimeGlobal("multiprocessing.managers._run_server", _run_server);

function answer(request: Exclude<Request, { op: "shutdown" }>, objects: Map<number, unknown>, newId: () => number): Reply {
  try {
    const args = unpackArgs(request.args);
    if (request.op === "create") {
      if (request.callable !== undefined) {
        // BaseManager.register(typeid, callable): the callable crossed by name, as pickle sends
        // it; the proxy learns the referent's public methods (AutoProxy's exposed list).
        const made = callFunction(decode(request.callable as Node), args);
        const id = newId();
        objects.set(id, made);
        return { ok: true, value: [id, publicMethods(made)] };
      }
      const make = CONSTRUCTORS[request.typeid];
      if (make === undefined) throw new TypeError(`unknown typeid '${request.typeid}'`);
      const id = newId();
      objects.set(id, make(args));
      return { ok: true, value: id };
    }
    const result = callOn(objects.get(request.id), request.method, args);
    if (request.asTypeid !== undefined) {
      // method_to_typeid: the result stays here, as Server.serve_client's '#PROXY' reply.
      const id = newId();
      objects.set(id, result);
      return { ok: true, value: toNode([id, publicMethods(result)]) };
    }
    return { ok: true, value: toNode(result) };
  } catch (error) {
    return { ok: false, error: errorNode(error) };
  }
}

/** managers.public_methods: the callable attributes not starting with "_", sorted as dir(). */
function publicMethods(obj: unknown): string[] {
  const names = new Set<string>();
  for (let o: object | null = obj as object; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name.startsWith("_") || name === "constructor") continue;
      const descriptor = Object.getOwnPropertyDescriptor(o, name);
      if (descriptor !== undefined && typeof descriptor.value === "function") names.add(name);
    }
  }
  return [...names].sort();
}

function errorNode(error: unknown): Node {
  try {
    return toNode(error instanceof BaseException ? error : new builtins.RuntimeError(String(error)));
  } catch {
    return toNode(new builtins.RuntimeError(String(error)));
  }
}

registerRuntimeGlobal("multiprocessing.managers.Namespace", Namespace);
registerRuntimeGlobal("multiprocessing.managers.Value", Value);
registerRuntimeGlobal("array.array", ArrayData);
export type { ManagerConnection };
