// The connection between proxies and a manager's server thread: one request at a time, in a
// shared buffer. A caller takes the connection's mutex, writes its request, wakes the server and
// waits synchronously (Atomics.wait) for the reply; every manager call is short and never blocks
// on the server, so a synchronous round trip is what Python's proxy method calls look like.
import { nodeV8 } from "../host/node-modules.js";
import { FIRST_FIELD, SharedState } from "./shared-state.js";

const PHASE = FIRST_FIELD;
const LENGTH = FIRST_FIELD + 1;
const MANAGER_ID = FIRST_FIELD + 2;
/** 1 once the server has stopped: calls fail instead of waiting forever. */
const CLOSED = FIRST_FIELD + 3;
const FIELDS = 4;

const IDLE = 0;
const REQUEST = 1;
const REPLY = 2;

const INITIAL_CAPACITY = 1 << 12;
const MAX_CAPACITY = 1 << 30;
const GrowableSharedArrayBuffer = SharedArrayBuffer as unknown as new (
  length: number,
  options: { maxByteLength: number },
) => SharedArrayBuffer;

/** What a process needs to talk to one manager; crosses to children by structured clone. */
export interface ManagerWire {
  readonly control: SharedArrayBuffer;
  readonly data: SharedArrayBuffer;
}

/** Requests are structured-clonable trees without SharedArrayBuffers (proxies inside travel as
 *  manager id + object id). */
export type Request =
  | { readonly op: "create"; readonly typeid: string; readonly args: unknown; readonly callable?: unknown }
  | {
      readonly op: "call";
      readonly id: number;
      readonly method: string;
      readonly args: unknown;
      /** method_to_typeid: the server keeps the result and answers [id, its public methods]. */
      readonly asTypeid?: string;
    }
  | { readonly op: "shutdown" };

export type Reply = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export class ManagerConnection {
  readonly state: SharedState;
  /** Whether this process has called a method through this manager (see request()). */
  calledBefore = false;
  private readonly bytes: Uint8Array;

  constructor(readonly wire: ManagerWire) {
    this.state = new SharedState(wire.control);
    this.bytes = new Uint8Array(wire.data);
  }

  static create(): ManagerConnection {
    const connection = new ManagerConnection({
      control: SharedState.create(FIELDS).buffer,
      data: new GrowableSharedArrayBuffer(INITIAL_CAPACITY, { maxByteLength: MAX_CAPACITY }),
    });
    // A random id names the manager inside requests, where buffers cannot travel.
    connection.state.set(MANAGER_ID, (Math.random() * 0x7fffffff) | 0);
    return connection;
  }

  get managerId(): number {
    return this.state.get(MANAGER_ID);
  }

  get closed(): boolean {
    return this.state.get(CLOSED) === 1;
  }

  /** One round trip. Holding the mutex for its length keeps requests from different threads
   *  and processes from overwriting each other in the single buffer. */
  call(request: Request): Reply | undefined {
    return this.state.locked(() => {
      if (this.closed) return undefined;
      this.write(nodeV8().serialize(request));
      Atomics.store(this.state.cells, PHASE, REQUEST);
      Atomics.notify(this.state.cells, PHASE);
      while (Atomics.load(this.state.cells, PHASE) === REQUEST) {
        if (this.closed) return undefined;
        // The timeout only rechecks CLOSED, for a server that died mid-request.
        Atomics.wait(this.state.cells, PHASE, REQUEST, 200);
      }
      const reply = nodeV8().deserialize(this.read()) as Reply;
      Atomics.store(this.state.cells, PHASE, IDLE);
      return reply;
    });
  }

  /** Server side: sleeps until a request is waiting (or `ms` pass) and returns it. */
  nextRequest(ms: number): Request | undefined {
    Atomics.wait(this.state.cells, PHASE, IDLE, ms);
    if (Atomics.load(this.state.cells, PHASE) !== REQUEST) return undefined;
    return nodeV8().deserialize(this.read()) as Request;
  }

  /** Server side: answers the waiting request. */
  reply(reply: Reply): void {
    this.write(nodeV8().serialize(reply));
    Atomics.store(this.state.cells, PHASE, REPLY);
    Atomics.notify(this.state.cells, PHASE);
  }

  markClosed(): void {
    Atomics.store(this.state.cells, CLOSED, 1);
    Atomics.notify(this.state.cells, PHASE);
  }

  private write(message: Uint8Array): void {
    const needed = 4 + message.length;
    if (needed > this.bytes.length) {
      let grown = this.bytes.length * 2;
      while (grown < needed) grown *= 2;
      (this.wire.data as unknown as { grow(length: number): void }).grow(Math.min(grown, MAX_CAPACITY));
    }
    new DataView(this.wire.data).setUint32(0, message.length, true);
    this.bytes.set(message, 4);
    Atomics.store(this.state.cells, LENGTH, message.length);
  }

  private read(): Uint8Array {
    const length = Atomics.load(this.state.cells, LENGTH);
    return this.bytes.slice(4, 4 + length);
  }
}

// The managers this process can reach, by id: a proxy that arrives through a queue or inside a
// managed container carries only ids, and finds its connection here.
const connections = new Map<number, ManagerConnection>();

export function knownConnection(wire: ManagerWire): ManagerConnection {
  const probe = new SharedState(wire.control).get(MANAGER_ID);
  let connection = connections.get(probe);
  if (connection === undefined) {
    connection = new ManagerConnection(wire);
    connections.set(probe, connection);
  }
  return connection;
}

export function connectionById(managerId: number): ManagerConnection | undefined {
  return connections.get(managerId);
}

/** For a starting child: every manager this process knows. */
export function managerRegistrySnapshot(): ManagerWire[] {
  return [...connections.values()].map((connection) => connection.wire);
}

export function adoptManagerRegistry(wires: readonly ManagerWire[] | undefined): void {
  for (const wire of wires ?? []) knownConnection(wire);
}
