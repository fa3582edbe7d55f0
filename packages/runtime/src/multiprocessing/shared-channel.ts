// A many-producer, many-consumer channel of byte messages in shared memory: the backing store of
// Queue, SimpleQueue and Pipe. Messages are framed (u32 length + bytes) in a ring buffer that
// lives in a growable SharedArrayBuffer, so a message of any size is written whole, under the
// mutex, in one step: readers never see half a message and FIFO order is the order of writes.
import { FIRST_FIELD, SharedState } from "./shared-state.js";

const HEAD = FIRST_FIELD;
const USED = FIRST_FIELD + 1;
const COUNT = FIRST_FIELD + 2;
/** Free for the channel's owner (JoinableQueue's unfinished tasks, a pipe's open ends…). */
export const CHANNEL_EXTRA = [FIRST_FIELD + 3, FIRST_FIELD + 4, FIRST_FIELD + 5, FIRST_FIELD + 6] as const;

const INITIAL_CAPACITY = 1 << 16;
// Address space only is reserved up front; pages are committed as the ring grows.
const MAX_CAPACITY = 1 << 30;

// Growable SharedArrayBuffers are ES2024 (Node 20 has them); the project's lib is ES2023.
const GrowableSharedArrayBuffer = SharedArrayBuffer as unknown as new (
  length: number,
  options: { maxByteLength: number },
) => SharedArrayBuffer;

export interface ChannelWire {
  readonly control: SharedArrayBuffer;
  readonly data: SharedArrayBuffer;
}

export class SharedChannel {
  readonly state: SharedState;
  private readonly bytes: Uint8Array;

  constructor(readonly wire: ChannelWire) {
    this.state = new SharedState(wire.control);
    // Length-tracking view: it follows every grow(), whichever thread made it.
    this.bytes = new Uint8Array(wire.data);
  }

  static create(): SharedChannel {
    return new SharedChannel({
      control: SharedState.create(7).buffer,
      data: new GrowableSharedArrayBuffer(INITIAL_CAPACITY, { maxByteLength: MAX_CAPACITY }),
    });
  }

  /** Complete messages waiting to be read. */
  count(): number {
    return this.state.get(COUNT);
  }

  /** Appends `message` if `admit()` (run under the mutex) allows it; returns whether it did.
   *  The caller calls `state.changed()` after a successful write. */
  tryWrite(message: Uint8Array, admit: () => boolean = () => true): boolean {
    return this.state.locked(() => admit() && this.writeLocked(message));
  }

  /** Appends `message`; must run under the mutex (the mutex is not reentrant). */
  writeLocked(message: Uint8Array): true {
    this.ensureRoom(4 + message.length);
    const header = new Uint8Array(4);
    new DataView(header.buffer).setUint32(0, message.length, true);
    this.copyIn(header);
    this.copyIn(message);
    this.state.set(COUNT, this.state.get(COUNT) + 1);
    return true;
  }

  /** Removes and returns the oldest message, or undefined if there is none. Must run under the
   *  mutex (inside `state.locked` or a `waitUntil` attempt). */
  takeLocked(): Uint8Array | undefined {
    if (this.state.get(COUNT) === 0) return undefined;
    const header = this.copyOut(4);
    const length = new DataView(header.buffer).getUint32(0, true);
    const message = this.copyOut(length);
    this.state.set(COUNT, this.state.get(COUNT) - 1);
    return message;
  }

  private ensureRoom(needed: number): void {
    const capacity = this.bytes.length;
    const used = this.state.get(USED);
    if (used + needed <= capacity) return;
    let grown = capacity * 2;
    while (grown < used + needed) grown *= 2;
    if (grown > MAX_CAPACITY) throw new RangeError(`message of ${needed} bytes does not fit in a queue buffer`);
    (this.wire.data as unknown as { grow(length: number): void }).grow(grown);
    // A wrapped ring keeps its tail at the start of the old buffer: move it to just past the old
    // end so the contents are contiguous from HEAD again (grown >= 2 * capacity leaves room).
    const head = this.state.get(HEAD);
    const wrapped = head + used - capacity;
    if (wrapped > 0) this.bytes.copyWithin(capacity, 0, wrapped);
  }

  private copyIn(source: Uint8Array): void {
    const capacity = this.bytes.length;
    const used = this.state.get(USED);
    const tail = (this.state.get(HEAD) + used) % capacity;
    const first = Math.min(source.length, capacity - tail);
    this.bytes.set(source.subarray(0, first), tail);
    if (first < source.length) this.bytes.set(source.subarray(first), 0);
    this.state.set(USED, used + source.length);
  }

  private copyOut(length: number): Uint8Array {
    const capacity = this.bytes.length;
    const head = this.state.get(HEAD);
    const out = new Uint8Array(length);
    const first = Math.min(length, capacity - head);
    out.set(this.bytes.subarray(head, head + first));
    if (first < length) out.set(this.bytes.subarray(0, length - first), first);
    const used = this.state.get(USED) - length;
    this.state.set(USED, used);
    // An empty ring restarts at 0, so most messages are copied in one piece.
    this.state.set(HEAD, used === 0 ? 0 : (head + length) % capacity);
    return out;
  }
}
