// threading.Timer (a Thread that waits on an Event, then calls) and threading.local (attributes
// seen per thread: a Proxy that keys every access on current_thread()).
import { AttributeError } from "../builtins/exceptions.js";
import { callFunction } from "../builtins/call.js";
import { PyDict } from "../builtins/dict.js";
import { PyTuple } from "../builtins/tuple.js";
import { iter } from "../builtins/iteration.js";
import { bindCall, signature } from "../multiprocessing/call.js";
import { Event } from "./condition.js";
import { current_thread, Thread } from "./thread.js";

const TIMER_SIG = signature("Timer.__init__", ["self", "interval", "function", "args=", "kwargs="]);

export class Timer extends Thread {
  static override readonly __module__ = "threading";
  declare interval: unknown;
  declare function: unknown;
  declare args: PyTuple;
  declare kwargs: PyDict;
  declare finished: Event;

  override __init__(...rawArgs: unknown[]): void {
    const a = bindCall(TIMER_SIG, rawArgs);
    super.__init__();
    this.interval = a.interval;
    this.function = a.function;
    this.args = PyTuple.fromIterable(iter(a.args ?? []));
    this.kwargs = a.kwargs instanceof PyDict ? a.kwargs : new PyDict();
    this.finished = new Event();
  }

  cancel(): void {
    this.finished.set();
  }

  override async run(): Promise<void> {
    await this.finished.wait(this.interval);
    if (!this.finished.is_set()) await callFunction(this.function, [...this.args], this.kwargs);
    this.finished.set();
  }
}

/** threading.local(): each thread sees its own attributes. A class, so `new threading.local()`
 *  type-checks and scripts may subclass it; the instance is a proxy over per-thread slots. */
export class local {
  static readonly __module__ = "_thread";
  static readonly __name__ = "_local";
  [key: string]: any;
  constructor() {
    const perThread = new WeakMap<object, Map<PropertyKey, unknown>>();
    const slots = (): Map<PropertyKey, unknown> => {
      const thread = current_thread();
      let map = perThread.get(thread);
      if (map === undefined) perThread.set(thread, (map = new Map()));
      return map;
    };
    return new Proxy(this, {
      get(base, key, receiver) {
        if (typeof key === "string" && slots().has(key)) return slots().get(key);
        const value = Reflect.get(base, key, receiver);
        if (value === undefined && typeof key === "string" && !(key in base) && !key.startsWith("__") && key !== "then") {
          throw new AttributeError(`'_thread._local' object has no attribute '${key}'`);
        }
        return value;
      },
      set(_base, key, value) {
        slots().set(key, value);
        return true;
      },
      has(base, key) {
        return slots().has(key) || key in base;
      },
      deleteProperty(_base, key) {
        if (!slots().delete(key)) throw new AttributeError(String(key));
        return true;
      },
      ownKeys() {
        return [...slots().keys()].filter((key) => typeof key !== "number") as (string | symbol)[];
      },
      getOwnPropertyDescriptor(_base, key) {
        if (!slots().has(key)) return undefined;
        return { value: slots().get(key), writable: true, enumerable: true, configurable: true };
      },
    });
  }
}
