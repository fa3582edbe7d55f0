// The manager's synchronization types (Queue, Lock, Event, Barrier…). CPython keeps a threading
// object in the manager process and blocks a server thread per waiting client; here the object
// is the shared-memory primitive of multiprocessing.synchronize / queues itself, which every
// process can wait on directly, wrapped in a proxy that has the CPython proxy's name and errors.
import { AssertionError, RuntimeError, ValueError } from "../builtins/exceptions.js";
import { Kwargs } from "../builtins/call.js";
import { objectId } from "../builtins/hash.js";
import { registerHandleType } from "./handles.js";
import { JoinableQueue } from "./queues.js";
import { decode, encode, type Node } from "./reduction.js";
import { Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore } from "./synchronize.js";

type Inner = Record<string, (...args: unknown[]) => unknown>;

const FACTORIES: Record<string, { proxy: string; make: (args: unknown[]) => object }> = {
  Queue: { proxy: "AutoProxy[Queue]", make: (args) => new JoinableQueue(...args) },
  JoinableQueue: { proxy: "AutoProxy[JoinableQueue]", make: (args) => new JoinableQueue(...args) },
  Lock: { proxy: "AcquirerProxy", make: () => new Lock() },
  RLock: { proxy: "AcquirerProxy", make: () => new RLock() },
  Semaphore: { proxy: "AcquirerProxy", make: (args) => new Semaphore(...args) },
  BoundedSemaphore: { proxy: "AcquirerProxy", make: (args) => new BoundedSemaphore(...args) },
  Condition: { proxy: "ConditionProxy", make: (args) => new Condition(...args) },
  Event: { proxy: "EventProxy", make: () => new Event() },
  Barrier: { proxy: "BarrierProxy", make: (args) => new Barrier(...args) },
};

export class SyncProxy {
  static readonly __module__ = "multiprocessing.managers";

  constructor(
    readonly _typeid: string,
    readonly _inner: object,
  ) {}

  static create(typeid: string, args: unknown[]): SyncProxy {
    return new SyncProxy(typeid, FACTORIES[typeid]!.make(args));
  }

  private get _target(): Inner {
    return this._inner as Inner;
  }

  __repr__(): string {
    return `<${FACTORIES[this._typeid]!.proxy} object, typeid '${this._typeid}' at 0x${objectId(this).toString(16)}>`;
  }

  __str__(): string {
    const inner = this._inner as { __repr__?: () => string };
    return inner.__repr__?.() ?? this.__repr__();
  }

  // Queue (queue.Queue's methods).
  put(...args: unknown[]): unknown {
    return this._target.put!(...args);
  }
  get(...args: unknown[]): unknown {
    return this._target.get!(...args);
  }
  put_nowait(item: unknown): unknown {
    return this._target.put_nowait!(item);
  }
  get_nowait(): unknown {
    return this._target.get_nowait!();
  }
  qsize(): unknown {
    return this._target.qsize!();
  }
  empty(): unknown {
    return this._target.empty!();
  }
  full(): unknown {
    return this._target.full!();
  }
  task_done(): unknown {
    return this._target.task_done!();
  }
  join(): unknown {
    return this._target.join!();
  }

  // AcquirerProxy: acquire(blocking=True, timeout=None), release(), with.
  acquire(...args: unknown[]): unknown {
    const last = args[args.length - 1];
    if (last instanceof Kwargs && "blocking" in last.record) {
      const { blocking, ...rest } = last.record;
      args = [...args.slice(0, -1), new Kwargs({ block: blocking, ...rest })];
    }
    return this._target.acquire!(...args);
  }
  release(): null {
    try {
      this._target.release!();
    } catch (error) {
      throw this._threadingError(error);
    }
    return null;
  }
  async __enter__(): Promise<unknown> {
    return await this._target.acquire!();
  }
  __exit__(): null {
    return this.release();
  }

  // ConditionProxy.
  wait(...args: unknown[]): unknown {
    return this._target.wait!(...args);
  }
  wait_for(...args: unknown[]): unknown {
    return this._target.wait_for!(...args);
  }
  notify(...args: unknown[]): unknown {
    return this._target.notify!(...args);
  }
  notify_all(): unknown {
    return this._target.notify_all!();
  }

  // EventProxy.
  is_set(): unknown {
    return this._target.is_set!();
  }
  set(): unknown {
    return this._target.set!();
  }
  clear(): unknown {
    return this._target.clear!();
  }

  // BarrierProxy.
  abort(): unknown {
    return this._target.abort!();
  }
  reset(): unknown {
    return this._target.reset!();
  }
  get parties(): unknown {
    return (this._inner as { parties: unknown }).parties;
  }
  get n_waiting(): unknown {
    return (this._inner as { n_waiting: unknown }).n_waiting;
  }
  get broken(): unknown {
    return (this._inner as { broken: unknown }).broken;
  }

  /** The manager's objects are threading's, whose release errors differ from SemLock's. */
  private _threadingError(error: unknown): unknown {
    if (error instanceof ValueError) {
      if (this._typeid === "Lock") return new RuntimeError("release unlocked lock");
      if (this._typeid === "BoundedSemaphore") return new ValueError("Semaphore released too many times");
    }
    if (error instanceof AssertionError && this._typeid === "RLock") return new RuntimeError("cannot release un-acquired lock");
    return error;
  }
}

interface SyncState {
  readonly typeid: string;
  readonly inner: Node;
}

registerHandleType<SyncProxy>({
  name: "multiprocessing.managers.SyncProxy",
  matches: (value): value is SyncProxy => value instanceof SyncProxy,
  anywhere: true,
  reduce: (proxy) => {
    const { data, transfer } = encode(proxy._inner, { allowHandles: true });
    return { state: { typeid: proxy._typeid, inner: data } satisfies SyncState, transfer };
  },
  rebuild: (raw) => {
    const state = raw as SyncState;
    return new SyncProxy(state.typeid, decode(state.inner) as object);
  },
});
