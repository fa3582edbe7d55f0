// A pickle analogue for values crossing processes: Python types survive the trip, module-level
// functions and classes travel by name and are found again in the receiver's copy of the
// module, local functions and lambdas fail with CPython's messages.
import { nodeV8 } from "../host/node-modules.js";
import * as builtins from "../builtins/index.js";
import { BaseException, AttributeError, NotImplementedError, RuntimeError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyByteArray } from "../builtins/bytearray.js";
import { PyDict } from "../builtins/dict.js";
import { PyFloat } from "../builtins/float.js";
import { PyRange } from "../builtins/range.js";
import { PyFrozenSet, PySet } from "../builtins/set.js";
import { PyTuple } from "../builtins/tuple.js";
import { pyClassQualname } from "../builtins/classname.js";
import { callFunction } from "../builtins/call.js";
import { typeName } from "../builtins/typename.js";
import { findHandleType, handleTypeNamed, registerHandleType } from "./handles.js";
import { PyTextStream, stderr, stdout } from "../builtins/stdio.js";
import { PicklingError, UnpicklingError } from "./reduction-errors.js";
import { lookupMainExport, mainModuleInfo } from "./module-registry.js";
import { forkClosureOf, type ForkClosure } from "../builtins/fork-closures.js";

export { PicklingError, UnpicklingError };

/** The structured-clonable tree a value becomes. Primitives stay as they are; a JS array is a
 *  Python list; every other node is tagged. */
export type Node = null | boolean | number | bigint | string | Node[] | Tagged;

type Tagged =
  | { readonly t: "float"; readonly v: number }
  | { readonly t: "tuple"; readonly v: Node[] }
  | { readonly t: "list"; readonly id: number; readonly v: Node[] }
  | { readonly t: "dict"; readonly id: number; readonly v: [Node, Node][] }
  | { readonly t: "set" | "frozenset"; readonly v: Node[] }
  | { readonly t: "bytes"; readonly v: Uint8Array; readonly mutable?: true }
  | { readonly t: "range"; readonly v: [Node, Node, Node] }
  | { readonly t: "global"; readonly name: string; readonly scope: GlobalScope }
  | {
      readonly t: "exc";
      readonly id: number;
      readonly cls: Node;
      readonly args: Node[];
      readonly props: [string, Node][];
    }
  | { readonly t: "obj"; readonly id: number; readonly cls: Node; readonly props: [string, Node][] }
  | { readonly t: "handle"; readonly type: string; readonly state: unknown }
  | { readonly t: "ref"; readonly id: number }
  | { readonly t: "closure"; readonly id: string; readonly free: Node[] }
  | { readonly t: "reduce"; readonly fn: Node; readonly args: Node[] };

/** Where a global lives: Python's builtins, the runtime's own registered classes and helpers
 *  (Process, pool task runners…), or the user's main module. */
type GlobalScope = "builtins" | "runtime" | "main";

// copyreg-style reducers added with ForkingPickler.register(type, reduce), by exact type as
// pickle's dispatch_table looks them up: reduce(obj) → (callable, args), rebuilt by the call.
const reducers = new Map<Function, unknown>();

export function registerReducer(type: Function, reduce: unknown): void {
  reducers.set(type, reduce);
}

const runtimeGlobals = new Map<string, unknown>();
const runtimeGlobalNames = new Map<unknown, string>();

/** Makes a runtime class or function picklable by a stable name (done once, at import). */
export function registerRuntimeGlobal(name: string, value: unknown): void {
  runtimeGlobals.set(name, value);
  runtimeGlobalNames.set(value, name);
}

export interface Encoded {
  readonly data: Node;
  readonly transfer: Transferable[];
}

export interface EncodeOptions {
  /** Handles (Lock, Queue, Value…) travel as shared state only when inherited by a starting
   *  process; through a queue or pipe CPython refuses them, and so do we. */
  readonly allowHandles?: boolean;
  /** The tree is bound for bytes (v8.serialize): handles with a `bytesState` use it. */
  readonly forBytes?: boolean;
  /** A child started with fork semantics: CPython pickles nothing, the child inherits memory,
   *  so lambdas and nested functions the transpiler registered (builtins/fork-closures.ts)
   *  travel as their factory's name plus their free variables' values. */
  readonly forkClosures?: boolean;
}

/** Properties the runtime keeps on exceptions that are not part of the Python instance dict. */
const EXCEPTION_INTERNALS = new Set([
  "args",
  "message",
  "stack",
  "__cause__",
  "__context__",
  "__traceback__",
  "__suppress_context__",
  "__notes__",
]);

const STANDARD_STREAM = "sys.std";
registerHandleType<PyTextStream>({
  name: STANDARD_STREAM,
  // Encoded before handle types are consulted (see Encoder.standardStream); never matched here.
  matches: (_value: object): _value is PyTextStream => false,
  reduce: (stream) => ({ state: stream.fileno() }),
  rebuild: (fd) => (fd === 2 ? stderr : stdout),
});

class Encoder {
  readonly transfer: Transferable[] = [];
  private readonly memo = new Map<object, number>();
  /** Closures being encoded: two nested functions that call each other would recurse forever. */
  private readonly closuresInProgress = new Set<Function>();

  constructor(private readonly options: EncodeOptions) {}

  encode(value: unknown): Node {
    switch (typeof value) {
      case "undefined":
        return null;
      case "boolean":
      case "number":
      case "bigint":
      case "string":
        return value;
      case "function":
        return this.global(value as Function);
      case "symbol":
        throw new PicklingError(`Can't pickle ${String(value)}`);
    }
    if (value === null) return null;
    const seen = this.memo.get(value as object);
    if (seen !== undefined) return { t: "ref", id: seen };
    const id = this.memo.size;
    this.memo.set(value as object, id);
    return this.object(value as object, id);
  }

  private object(value: object, id: number): Node {
    // A float subclass registered as a handle (numpy.float64) keeps its type.
    if (value instanceof PyFloat && (value.constructor === PyFloat || findHandleType(value) === undefined)) return { t: "float", v: value.valueOf() };
    if (value instanceof PyTuple) return { t: "tuple", v: Array.from(value, (item) => this.encode(item)) };
    if (Array.isArray(value)) return { t: "list", id, v: value.map((item) => this.encode(item)) };
    if (value instanceof PyDict) {
      const entries: [Node, Node][] = [];
      for (const [key, item] of value.items()) entries.push([this.encode(key), this.encode(item)]);
      return { t: "dict", id, v: entries };
    }
    if (value instanceof PyFrozenSet) return { t: "frozenset", v: Array.from(value, (item) => this.encode(item)) };
    if (value instanceof PySet) return { t: "set", v: Array.from(value, (item) => this.encode(item)) };
    if (value instanceof PyBytes) return { t: "bytes", v: Uint8Array.from(value.bytes), ...(value instanceof PyByteArray ? { mutable: true as const } : {}) };
    if (value instanceof PyRange)
      return { t: "range", v: [this.encode(value.start), this.encode(value.stop), this.encode(value.step)] };
    if (value === stdout || value === stderr) return this.standardStream(value as PyTextStream);
    const reduce = reducers.get(value.constructor);
    if (reduce !== undefined) return this.reduced(value, reduce);
    const handle = findHandleType(value);
    if (handle !== undefined) {
      if (this.options.forBytes === true && handle.bytesState !== undefined) {
        return { t: "handle", type: handle.name, state: handle.bytesState(value) };
      }
      return this.handle(value, handle.name, handle.reduce(value), handle.anywhere === true);
    }
    if (value instanceof BaseException) {
      const args = Array.from((value as { args: Iterable<unknown> }).args ?? [], (item) => this.encode(item));
      return { t: "exc", id, cls: this.global(value.constructor), args, props: this.props(value, EXCEPTION_INTERNALS) };
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto === null || proto === Object.prototype || typeof value.constructor !== "function") {
      throw new PicklingError(`Can't pickle ${Object.prototype.toString.call(value)}: not a Python value`);
    }
    return { t: "obj", id, cls: this.global(value.constructor), props: this.props(value, new Set()) };
  }

  /** sys.stdout/sys.stderr held by the program (a logging handler, a saved reference): a fork
   *  child inherits the very stream, so it arrives as the child's own; pickling one fails. */
  private standardStream(stream: PyTextStream): Node {
    if (this.options.allowHandles !== true) throw new builtins.TypeError("cannot pickle '_io.TextIOWrapper' object");
    return { t: "handle", type: STANDARD_STREAM, state: stream.fileno() };
  }

  /** A registered reducer's (callable, args): the receiver calls callable(*args). */
  private reduced(value: object, reduce: unknown): Node {
    const rv = callFunction(reduce, [value]);
    if (!(rv instanceof PyTuple) || rv.length < 2) {
      throw new PicklingError(`__reduce__ must return a string or tuple, not ${typeName(rv)}`);
    }
    const [fn, args] = rv;
    if (!(args instanceof PyTuple)) throw new PicklingError("second item of the tuple returned by __reduce__ must be a tuple");
    return { t: "reduce", fn: this.encode(fn), args: Array.from(args, (item) => this.encode(item)) };
  }

  private props(value: object, skip: ReadonlySet<string>): [string, Node][] {
    const out: [string, Node][] = [];
    for (const key of Object.keys(value)) {
      if (!skip.has(key)) out.push([key, this.encode((value as Record<string, unknown>)[key])]);
    }
    return out;
  }

  private handle(
    value: object,
    type: string,
    reduced: { state: unknown; transfer?: readonly Transferable[] },
    anywhere: boolean,
  ): Node {
    if (this.options.allowHandles !== true && !anywhere) {
      const shortName = type.slice(type.lastIndexOf(".") + 1);
      throw new RuntimeError(`${shortName} objects should only be shared between processes through inheritance`);
    }
    void value;
    this.transfer.push(...(reduced.transfer ?? []));
    return { t: "handle", type, state: reduced.state };
  }

  private closure(fn: Function, closure: ForkClosure): Node {
    if (this.closuresInProgress.has(fn)) {
      throw new PicklingError(`py2ts: '${qualnameOf(fn)}' refers to itself through another nested function; a forked child cannot rebuild such a cycle`);
    }
    this.closuresInProgress.add(fn);
    try {
      const free: Node[] = [];
      for (const [name, value] of Object.entries(closure.free())) {
        try {
          free.push(this.encode(value));
        } catch (error) {
          // CPython's fork child would simply inherit it; a py2ts child needs it encoded.
          const reason = error instanceof BaseException ? `${pyClassQualname(error.constructor)}: ${builtins.pyStr(error)}` : String(error);
          throw new NotImplementedError(`py2ts: a forked child cannot receive '${name}', a free variable of ${closure.qualname} (${reason})`);
        }
      }
      return { t: "closure", id: closure.id, free };
    } finally {
      this.closuresInProgress.delete(fn);
    }
  }

  /** A function or class, by its module-level name, as pickle's save_global does. */
  private global(fn: Function): Node {
    const qualname = qualnameOf(fn);
    const runtimeName = runtimeGlobalNames.get(fn);
    if (runtimeName !== undefined) return { t: "global", name: runtimeName, scope: "runtime" };
    const builtin = builtinName(fn);
    if (builtin !== undefined) return { t: "global", name: builtin, scope: "builtins" };
    if (fn.name !== "" && lookupMainExport(fn.name) === fn) return { t: "global", name: fn.name, scope: "main" };
    const closure = this.options.forkClosures === true ? forkClosureOf(fn) : undefined;
    if (closure !== undefined) return this.closure(fn, closure);
    if (qualname.includes("<locals>")) throw new AttributeError(`Can't pickle local object '${qualname}'`);
    const moduleName = mainModuleInfo()?.name ?? "__main__";
    const kind = isClass(fn) ? "class" : "function";
    throw new PicklingError(
      `Can't pickle <${kind} ${qualname} at 0x${fakeAddress(fn)}>: attribute lookup ${qualname} on ${moduleName} failed`,
    );
  }
}

class Decoder {
  private readonly memo = new Map<number, unknown>();
  private nextId = 0;

  constructor(private readonly moduleExports: Record<string, unknown> | undefined) {}

  decode(node: Node): unknown {
    if (node === null || typeof node !== "object") return node;
    if (Array.isArray(node)) return node.map((item) => this.decode(item)); // not produced by Encoder
    switch (node.t) {
      case "float":
        return this.remember(new PyFloat(node.v));
      case "tuple": {
        const id = this.nextId++;
        const tuple = PyTuple.fromIterable(node.v.map((item) => this.decode(item)));
        this.memo.set(id, tuple);
        return tuple;
      }
      case "list": {
        const list: unknown[] = [];
        this.remember(list);
        for (const item of node.v) list.push(this.decode(item));
        return list;
      }
      case "dict": {
        const dict = new PyDict();
        this.remember(dict);
        for (const [key, item] of node.v) dict.set(this.decode(key), this.decode(item));
        return dict;
      }
      case "set":
      case "frozenset": {
        const id = this.nextId++;
        const items = node.v.map((item) => this.decode(item));
        const set = node.t === "set" ? new PySet(items) : new PyFrozenSet(items);
        this.memo.set(id, set);
        return set;
      }
      case "bytes":
        return this.remember(node.mutable ? new PyByteArray(node.v) : new PyBytes(node.v));
      case "range": {
        const id = this.nextId++;
        const [start, stop, step] = node.v.map((item) => this.decode(item));
        const range = new PyRange(start as number, stop as number, step as number);
        this.memo.set(id, range);
        return range;
      }
      case "global":
        return this.global(node.name, node.scope);
      case "handle": {
        this.nextId++;
        const type = handleTypeNamed(node.type);
        if (type === undefined)
          throw new UnpicklingError(`unknown handle type '${node.type}' (is its module imported?)`);
        return type.rebuild(node.state);
      }
      case "exc": {
        const id = this.nextId++;
        const cls = this.decode(node.cls) as new (...args: unknown[]) => object;
        const exc = new cls(...node.args.map((item) => this.decode(item)));
        this.memo.set(id, exc);
        for (const [key, item] of node.props) (exc as Record<string, unknown>)[key] = this.decode(item);
        return exc;
      }
      case "obj": {
        const id = this.nextId++;
        const cls = this.decode(node.cls) as { prototype: object };
        const obj = Object.create(cls.prototype) as Record<string, unknown>;
        this.memo.set(id, obj);
        for (const [key, item] of node.props) obj[key] = this.decode(item);
        return obj;
      }
      case "ref":
        return this.memo.get(node.id);
      case "reduce": {
        const id = this.nextId++;
        const fn = this.decode(node.fn);
        const made = callFunction(fn, node.args.map((item) => this.decode(item)));
        this.memo.set(id, made);
        return made;
      }
      case "closure": {
        const factory = this.global(node.id, "main") as (...free: unknown[]) => unknown;
        return factory(...node.free.map((item) => this.decode(item)));
      }
    }
  }

  private remember<T>(value: T): T {
    this.memo.set(this.nextId++, value);
    return value;
  }

  private global(name: string, scope: GlobalScope): unknown {
    if (scope === "runtime") {
      if (!runtimeGlobals.has(name)) throw new UnpicklingError(`runtime global '${name}' is not registered`);
      return runtimeGlobals.get(name);
    }
    if (scope === "builtins") {
      if (!(name in builtins)) throw new UnpicklingError(`Can't get attribute '${name}' on <module 'builtins'>`);
      return (builtins as Record<string, unknown>)[name];
    }
    const value = this.moduleExports !== undefined ? this.moduleExports[name] : lookupMainExport(name);
    if (value === undefined) {
      const moduleName = mainModuleInfo()?.name ?? "__main__";
      throw new AttributeError(`Can't get attribute '${name}' on <module '${moduleName}'>`);
    }
    return value;
  }
}

/** Encodes to a structured-clonable tree (for postMessage / workerData); handles allowed only
 *  when `allowHandles` is set. */
export function encode(value: unknown, options: EncodeOptions = {}): Encoded {
  const encoder = new Encoder(options);
  const data = encoder.encode(value);
  return { data, transfer: encoder.transfer };
}

export function decode(data: Node, moduleExports?: Record<string, unknown>): unknown {
  return new Decoder(moduleExports).decode(data);
}

/** pickle.dumps: bytes, for queues and pipes. Handles are refused as CPython refuses them. */
export function dumps(value: unknown): Uint8Array {
  return nodeV8().serialize(new Encoder({ forBytes: true }).encode(value));
}

/** pickle.loads. Names resolve in `moduleExports`, or in the registered main module. */
export function loads(bytes: Uint8Array, moduleExports?: Record<string, unknown>): unknown {
  return decode(nodeV8().deserialize(bytes) as Node, moduleExports);
}

let builtinNames: Map<Function, string> | undefined;

function builtinName(fn: Function): string | undefined {
  if (builtinNames === undefined) {
    builtinNames = new Map();
    for (const [name, value] of Object.entries(builtins)) {
      if (typeof value === "function" && !builtinNames.has(value)) builtinNames.set(value, name);
    }
  }
  return builtinNames.get(fn);
}

function qualnameOf(fn: Function): string {
  // A generated lambda is an arrow function, which JS names after the property or variable it
  // is assigned to (`kw({ target: () => … })` is named "target").
  if (!Object.hasOwn(fn, "__qualname__") && (fn.name === "" || isArrow(fn))) return "<lambda>";
  return pyClassQualname(fn);
}

function isArrow(fn: Function): boolean {
  const source = Function.prototype.toString.call(fn);
  return /^(async\s*)?\(/.test(source) || /^(async\s+)?[\w$]+\s*=>/.test(source);
}

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

const addresses = new WeakMap<Function, string>();
let nextAddress = 0x7f3a5c10;

/** A stable id per function standing in for CPython's object address in messages. */
function fakeAddress(fn: Function): string {
  let address = addresses.get(fn);
  if (address === undefined) {
    address = (nextAddress += 0x160).toString(16).padStart(12, "0").replace(/^0+/, "7f");
    addresses.set(fn, address);
  }
  return address;
}
