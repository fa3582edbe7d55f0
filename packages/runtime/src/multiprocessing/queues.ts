// multiprocessing.queues: Queue, JoinableQueue and SimpleQueue on a SharedChannel. Items are
// pickled (reduction.dumps) at put() time, so mutating the original afterwards does not change
// the queued item. A put is written whole before put() returns: there is no feeder thread, so
// qsize()/empty() see it at once and join_thread() has nothing to wait for.
import { AssertionError, OSError, ValueError } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { bindCall, signature, toSeconds } from "./call.js";
import { registerHandleType } from "./handles.js";
import { dumps, loads } from "./reduction.js";
import { CHANNEL_EXTRA, SharedChannel, type ChannelWire } from "./shared-channel.js";
import { Empty, Full } from "./shared-errors.js";
import { printException } from "./util.js";

const UNFINISHED = CHANNEL_EXTRA[0];
const SEM_VALUE_MAX = 2147483647;

const QUEUE_ARGS = signature("Queue", ["maxsize=", "*", "ctx="]);
const PUT_ARGS = signature("put", ["obj", "block=", "timeout="]);
const GET_ARGS = signature("get", ["block=", "timeout="]);

export class Queue {
  static readonly __module__ = "multiprocessing.queues";
  readonly _channel: SharedChannel;
  readonly _maxsize: number;
  _closed = false;

  constructor(...args: unknown[]) {
    if (args[0] instanceof RebuiltQueue) {
      this._channel = new SharedChannel(args[0].wire.channel);
      this._maxsize = args[0].wire.maxsize;
      return;
    }
    const maxsize = Number(bindCall(QUEUE_ARGS, args).maxsize ?? 0);
    this._maxsize = maxsize <= 0 ? SEM_VALUE_MAX : maxsize;
    this._channel = SharedChannel.create();
  }

  /** put(obj, block=True, timeout=None); raises queue.Full when no slot frees in time. */
  async put(...args: unknown[]): Promise<void> {
    const { obj, block, timeout } = bindCall(PUT_ARGS, args);
    this._checkClosed();
    const message = this._pickle(obj);
    if (message === undefined) return;
    const attempt = (): boolean => this._writeLocked(message);
    const done = isFalse(block) ? attempt() : await this._channel.state.waitUntil(attempt, toSeconds(timeout));
    if (!done) throw new Full();
    this._channel.state.changed();
  }

  put_nowait(obj: unknown): void {
    this._checkClosed();
    const message = this._pickle(obj);
    if (message === undefined) return;
    if (!this._channel.state.locked(() => this._writeLocked(message))) throw new Full();
    this._channel.state.changed();
  }

  /** get(block=True, timeout=None); raises queue.Empty when nothing arrives in time. */
  async get(...args: unknown[]): Promise<unknown> {
    const { block, timeout } = bindCall(GET_ARGS, args);
    this._checkClosed();
    if (isFalse(block)) return this.get_nowait();
    let message: Uint8Array | undefined;
    const got = await this._channel.state.waitUntil(() => (message = this._channel.takeLocked()) !== undefined, toSeconds(timeout));
    if (!got) throw new Empty();
    this._channel.state.changed();
    return loads(message!);
  }

  get_nowait(): unknown {
    this._checkClosed();
    const message = this._channel.state.locked(() => this._channel.takeLocked());
    if (message === undefined) throw new Empty();
    this._channel.state.changed();
    return loads(message);
  }

  qsize(): number {
    return this._channel.count();
  }

  empty(): boolean {
    return this._channel.count() === 0;
  }

  full(): boolean {
    return this._channel.count() >= this._maxsize;
  }

  close(): void {
    this._closed = true;
  }

  join_thread(): void {
    if (!this._closed) throw new AssertionError(`Queue ${repr(this)} not closed`);
  }

  cancel_join_thread(): void {}

  /** CPython pickles in the queue's feeder thread: a value that cannot be pickled does not fail
   *  put(); the feeder prints the traceback and the item is never delivered. */
  protected _pickle(obj: unknown): Uint8Array | undefined {
    try {
      return dumps(obj);
    } catch (error) {
      printException(error);
      return undefined;
    }
  }

  // Runs under the channel mutex, so the slot check and the write are one step.
  protected _writeLocked(message: Uint8Array): boolean {
    return this._channel.count() < this._maxsize && this._channel.writeLocked(message);
  }

  protected _checkClosed(): void {
    if (this._closed) throw new ValueError(`Queue ${repr(this)} is closed`);
  }
}

export class JoinableQueue extends Queue {
  static override readonly __module__ = "multiprocessing.queues";

  protected override _writeLocked(message: Uint8Array): boolean {
    if (!super._writeLocked(message)) return false;
    this._channel.state.set(UNFINISHED, this._channel.state.get(UNFINISHED) + 1);
    return true;
  }

  task_done(): void {
    const state = this._channel.state;
    state.locked(() => {
      const unfinished = state.get(UNFINISHED);
      if (unfinished <= 0) throw new ValueError("task_done() called too many times");
      state.set(UNFINISHED, unfinished - 1);
    });
    state.changed();
  }

  async join(): Promise<void> {
    const state = this._channel.state;
    await state.waitUntil(() => state.get(UNFINISHED) === 0, null);
  }
}

export class SimpleQueue {
  static readonly __module__ = "multiprocessing.queues";
  readonly _channel: SharedChannel;
  _closed = false;

  constructor(...args: unknown[]) {
    this._channel = args[0] instanceof RebuiltQueue ? new SharedChannel(args[0].wire.channel) : SharedChannel.create();
  }

  empty(): boolean {
    return this._channel.count() === 0;
  }

  async get(): Promise<unknown> {
    this._checkClosed();
    let message: Uint8Array | undefined;
    await this._channel.state.waitUntil(() => (message = this._channel.takeLocked()) !== undefined, null);
    this._channel.state.changed();
    return loads(message!);
  }

  put(obj: unknown): void {
    this._checkClosed();
    this._channel.tryWrite(dumps(obj));
    this._channel.state.changed();
  }

  close(): void {
    this._closed = true;
  }

  private _checkClosed(): void {
    if (this._closed) throw new OSError("handle is closed");
  }
}

function isFalse(block: unknown): boolean {
  return block === false || block === 0;
}

interface QueueWire {
  readonly channel: ChannelWire;
  readonly maxsize: number;
}

class RebuiltQueue {
  constructor(readonly wire: QueueWire) {}
}

for (const cls of [Queue, JoinableQueue]) {
  registerHandleType<Queue>({
    name: `multiprocessing.queues.${cls.name}`,
    matches: (value): value is Queue => value.constructor === cls,
    reduce: (queue) => ({ state: { channel: queue._channel.wire, maxsize: queue._maxsize } satisfies QueueWire }),
    rebuild: (state) => new cls(new RebuiltQueue(state as QueueWire)),
  });
}

registerHandleType<SimpleQueue>({
  name: "multiprocessing.queues.SimpleQueue",
  matches: (value): value is SimpleQueue => value instanceof SimpleQueue,
  reduce: (queue) => ({ state: { channel: queue._channel.wire, maxsize: 0 } satisfies QueueWire }),
  rebuild: (state) => new SimpleQueue(new RebuiltQueue(state as QueueWire)),
});
