// multiprocessing.dummy: the multiprocessing API over threads. Python threads are async tasks in
// this isolate, so Pool is a ThreadPool, Process a Thread and the queues are `queue`'s.
import { RuntimeError } from "../builtins/exceptions.js";
import { float } from "../builtins/types.js";
import { repr } from "../builtins/repr.js";
import { Queue } from "../queue.js";
import { Thread, current_thread } from "../threading.js";
import { ArrayData, Namespace } from "./manager-objects.js";
import { ThreadPool } from "./thread-pool.js";
import * as builtins from "../builtins/index.js";

export { Queue, Queue as JoinableQueue } from "../queue.js";
export { Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier } from "../threading.js";
export { cpu_count } from "./context.js";
export { Namespace } from "./manager-objects.js";

/** dummy.Pool(processes=None, initializer=None, initargs=()): a ThreadPool. */
export function Pool(...args: unknown[]): ThreadPool {
  return new ThreadPool(...args);
}

// The threads each thread started, as dummy's `_children` attribute on current_process().
const childrenOf = new WeakMap<object, Set<DummyProcess>>();

function childrenOfCurrent(): Set<DummyProcess> {
  const me = current_thread();
  let children = childrenOf.get(me);
  if (children === undefined) childrenOf.set(me, (children = new Set()));
  return children;
}

/** dummy.Process: a Thread that remembers its parent and reports an exitcode once done. */
export class DummyProcess extends Thread {
  declare _parent: Thread;
  declare _start_called: boolean;
  declare _pid: null;

  override __init__(...args: unknown[]): void {
    super.__init__(...args);
    this._pid = null;
    this._start_called = false;
    this._parent = current_thread();
  }

  override start(): void {
    if (this._parent !== current_thread()) {
      throw new RuntimeError(`Parent is ${repr(this._parent)} but current_process is ${repr(current_thread())}`);
    }
    this._start_called = true;
    childrenOfCurrent().add(this);
    super.start();
  }

  get exitcode(): number | null {
    return this._start_called && !this.is_alive() ? 0 : null;
  }
}

export { DummyProcess as Process };
export const current_process = current_thread;

export function active_children(): DummyProcess[] {
  const children = childrenOfCurrent();
  for (const child of [...children]) if (!child.is_alive()) children.delete(child);
  return [...children];
}

export function freeze_support(): void {}

export function shutdown(): void {}

/** dummy.Value: a plain holder; its repr is `<Value('i', 1)>`. */
export class Value {
  static readonly __module__ = "multiprocessing.dummy";
  constructor(
    public _typecode: unknown,
    public _value: unknown,
  ) {}
  get value(): unknown {
    return this._value;
  }
  set value(value: unknown) {
    this._value = value;
  }
  __repr__(): string {
    return `<Value(${repr(this._typecode)}, ${repr(this._value)})>`;
  }
}

/** dummy.Array(typecode, sequence, lock=True): an array.array. */
export function Array(typecode: unknown, sequence: unknown): ArrayData {
  const code = String(typecode);
  // `Array` is this function here: the JS one is globalThis's.
  const items = globalThis.Array.from(builtins.iter(sequence), (item) =>
    code === "f" || code === "d" ? float(item as number) : item,
  );
  return new ArrayData(code, items);
}

/** dummy.connection.Connection: two thread queues, one per direction. */
export class Connection {
  static readonly __module__ = "multiprocessing.dummy.connection";
  constructor(
    readonly _in: Queue,
    readonly _out: Queue,
  ) {}
  send(obj: unknown): void {
    this._out.put_nowait(obj);
  }
  send_bytes(obj: unknown): void {
    this._out.put_nowait(obj);
  }
  recv(): Promise<unknown> {
    return this._in.get();
  }
  recv_bytes(): Promise<unknown> {
    return this._in.get();
  }
  /** poll(timeout=0.0): whether something is waiting, after up to `timeout` seconds. */
  async poll(timeout: unknown = 0.0): Promise<boolean> {
    const deadline = performance.now() + Number(timeout) * 1000;
    while (this._in.qsize() === 0) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, 5)));
    }
    return true;
  }
  close(): void {}
  __enter__(): this {
    return this;
  }
  __exit__(): void {
    this.close();
  }
}

/** dummy.Pipe(duplex=True): a pair of connections over two thread queues. */
export function Pipe(): [Connection, Connection] {
  const a = new Queue();
  const b = new Queue();
  return [new Connection(a, b), new Connection(b, a)];
}

// dummy.Manager() returns the dummy module itself: its dict, list, Namespace, Value, Queue…
// Reached as attributes of a value, the classes must be callable without `new`, as in Python.
import * as self from "./dummy.js";
let asModule: Record<string, unknown> | undefined;
export function Manager(): Record<string, unknown> {
  asModule ??= Object.fromEntries(
    Object.entries(self).map(([name, value]) => [name, isClass(value) ? callableClass(value) : value]),
  );
  return asModule;
}

function isClass(value: unknown): value is new (...args: unknown[]) => unknown {
  return typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

function callableClass<T extends new (...args: unknown[]) => unknown>(cls: T): T {
  return new Proxy(cls, { apply: (target, _self, args: unknown[]) => Reflect.construct(target, args) });
}
export const dict = builtins.dict;
export const list = builtins.list;
