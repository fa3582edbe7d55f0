// multiprocessing.connection's Listener and Client over TCP (address tuples ('host', port)), with
// CPython's wire format (a 4-byte big-endian length before each message) and its authkey
// handshake (HMAC-MD5 challenge and answer, #WELCOME#/#FAILURE#). Processes are worker threads
// of one Node process, each with its own event loop, so a real socket joins them as it does
// CPython's processes. A Listener must be bound before it can report its address, which Node
// does asynchronously: creating one is awaited (`Listener(...)` is an async factory).
import type { Server, Socket } from "node:net";
import { nodeCrypto, nodeNet } from "../host/node-modules.js";
import { EOFError, OSError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyTuple } from "../builtins/tuple.js";
import { fromNodeSystemError } from "../builtins/errno.js";
import { markBuiltinClasses } from "../builtins/classname.js";
import { bindCall, signature, toSeconds } from "./call.js";
import { AuthenticationError } from "./errors.js";
import { dumps, loads } from "./reduction.js";

const LISTENER_ARGS = signature("Listener", ["address=", "family=", "backlog=", "authkey="]);
const CLIENT_ARGS = signature("Client", ["address", "family=", "authkey="]);
const POLL_ARGS = signature("poll", ["timeout="]);
const RECV_BYTES_ARGS = signature("recv_bytes", ["maxlength="]);

const CHALLENGE = Buffer.from("#CHALLENGE#");
const WELCOME = Buffer.from("#WELCOME#");
const FAILURE = Buffer.from("#FAILURE#");
const MESSAGE_LENGTH = 20;

// Sockets and servers still open in this process, closed when it ends (as its exit would).
const openHandles = new Set<{ close(): void }>();

/** Closes this process's listeners and socket connections (the worker entry's exit path). */
export function closeProcessSockets(): void {
  for (const handle of [...openHandles]) handle.close();
}

function authkeyOf(authkey: unknown): Uint8Array | null {
  if (authkey === null || authkey === undefined) return null;
  if (!(authkey instanceof PyBytes)) throw new TypeError("authkey should be a byte string");
  return authkey.bytes;
}

/** ('localhost', 6000) → host and port; CPython resolves 'localhost' to 127.0.0.1 here. */
function inetAddress(address: unknown): { host: string; port: number } {
  if (!(address instanceof PyTuple) || address.length !== 2 || typeof address[0] !== "string" || typeof address[1] !== "number") {
    throw new ValueError(`address type of ${String(address)} unrecognized`);
  }
  const host = address[0] === "localhost" || address[0] === "" ? "127.0.0.1" : address[0];
  return { host, port: address[1] };
}

function systemError(e: unknown): unknown {
  return fromNodeSystemError(e) ?? e;
}

/** A Connection over a socket: send/recv pickled objects, send_bytes/recv_bytes, poll, close. */
export class SocketConnection {
  static readonly __module__ = "multiprocessing.connection";
  static readonly __name__ = "Connection";
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;
  private _closed = false;

  constructor(private readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.notify();
    });
    socket.on("end", () => ((this.ended = true), this.notify()));
    socket.on("error", (e) => ((this.failure = e), (this.ended = true), this.notify()));
    openHandles.add(this);
  }

  get closed(): boolean {
    return this._closed;
  }

  get readable(): boolean {
    return true;
  }

  get writable(): boolean {
    return true;
  }

  send(obj: unknown): void {
    this.sendMessage(dumps(obj));
  }

  async recv(): Promise<unknown> {
    return loads(await this.readMessage());
  }

  send_bytes(buf: unknown): void {
    if (!(buf instanceof PyBytes)) throw new TypeError("a bytes-like object is required");
    this.sendMessage(buf.bytes);
  }

  async recv_bytes(...args: unknown[]): Promise<PyBytes> {
    const { maxlength } = bindCall(RECV_BYTES_ARGS, args);
    const message = await this.readMessage();
    if (maxlength !== null && maxlength !== undefined && message.length > Number(maxlength)) {
      this.close();
      throw new OSError("bad message length");
    }
    return new PyBytes(message);
  }

  /** poll(timeout=0.0): whether a whole message (or end of file) is there; None waits forever. */
  async poll(...args: unknown[]): Promise<boolean> {
    const { timeout } = bindCall(POLL_ARGS, args);
    this.checkClosed();
    const seconds = timeout === undefined ? 0 : toSeconds(timeout);
    const deadline = seconds === null ? Infinity : Date.now() + Math.max(0, seconds) * 1000;
    while (!this.messageReady() && !this.ended) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await this.nextEvent(left);
    }
    return true;
  }

  fileno(): number {
    this.checkClosed();
    return (this.socket as unknown as { _handle?: { fd?: number } })._handle?.fd ?? -1;
  }

  close(): void {
    if (this._closed) return;
    this._closed = true;
    openHandles.delete(this);
    this.socket.end();
    this.socket.unref();
  }

  __enter__(): this {
    return this;
  }

  __exit__(..._args: unknown[]): void {
    this.close();
  }

  sendMessage(bytes: Uint8Array): void {
    this.checkClosed();
    const header = Buffer.alloc(4);
    header.writeInt32BE(bytes.length);
    this.socket.write(Buffer.concat([header, bytes]));
  }

  async readMessage(): Promise<Uint8Array> {
    this.checkClosed();
    while (!this.messageReady()) {
      if (this.ended) {
        if (this.failure !== null && (this.failure as NodeJS.ErrnoException).code !== "ECONNRESET") throw systemError(this.failure);
        throw new EOFError();
      }
      await this.nextEvent(Infinity);
    }
    const all = this.take(4 + this.peekLength()!);
    return new Uint8Array(all.subarray(4));
  }

  private peekLength(): number | null {
    if (this.buffered < 4) return null;
    const head = this.chunks.length === 1 || this.chunks[0]!.length >= 4 ? this.chunks[0]! : Buffer.concat(this.chunks);
    return head.readInt32BE(0);
  }

  private messageReady(): boolean {
    const length = this.peekLength();
    return length !== null && this.buffered >= 4 + length;
  }

  private take(n: number): Buffer {
    const all = Buffer.concat(this.chunks);
    this.chunks.length = 0;
    if (all.length > n) this.chunks.push(all.subarray(n));
    this.buffered = all.length - n;
    return all.subarray(0, n);
  }

  private nextEvent(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
      this.wake = () => (clearTimeout(timer), resolve());
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private checkClosed(): void {
    if (this._closed) throw new OSError("handle is closed");
  }
}

// CPython's deliver_challenge / answer_challenge (3.11: HMAC-MD5 over 20 random bytes).
async function deliverChallenge(connection: SocketConnection, authkey: Uint8Array): Promise<void> {
  const message = nodeCrypto().randomBytes(MESSAGE_LENGTH);
  connection.sendMessage(Buffer.concat([CHALLENGE, message]));
  const digest = nodeCrypto().createHmac("md5", authkey).update(message).digest();
  const response = Buffer.from(await connection.readMessage());
  if (response.equals(digest)) connection.sendMessage(WELCOME);
  else {
    connection.sendMessage(FAILURE);
    throw new AuthenticationError("digest received was wrong");
  }
}

async function answerChallenge(connection: SocketConnection, authkey: Uint8Array): Promise<void> {
  const message = Buffer.from(await connection.readMessage());
  if (!message.subarray(0, CHALLENGE.length).equals(CHALLENGE)) throw new AuthenticationError(`Protocol error, expected challenge: ${message}`);
  connection.sendMessage(nodeCrypto().createHmac("md5", authkey).update(message.subarray(CHALLENGE.length)).digest());
  const response = Buffer.from(await connection.readMessage());
  if (!response.equals(WELCOME)) throw new AuthenticationError("digest sent was rejected");
}

export class ListenerObject {
  static readonly __module__ = "multiprocessing.connection";
  static readonly __name__ = "Listener";
  private readonly pending: Socket[] = [];
  private wake: (() => void) | null = null;
  private _closed = false;
  last_accepted: PyTuple | null = null;

  constructor(
    private readonly server: Server,
    private readonly authkey: Uint8Array | null,
    readonly address: PyTuple,
  ) {
    server.on("connection", (socket) => {
      this.pending.push(socket);
      this.wake?.();
    });
    openHandles.add(this);
  }

  /** accept(): the next client's Connection, after the authkey handshake when there is a key. */
  async accept(): Promise<SocketConnection> {
    if (this._closed) throw new OSError("listener is closed");
    while (this.pending.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    const socket = this.pending.shift()!;
    this.last_accepted = PyTuple.of(socket.remoteAddress ?? "", socket.remotePort ?? 0);
    const connection = new SocketConnection(socket);
    if (this.authkey !== null && this.authkey.length > 0) {
      await deliverChallenge(connection, this.authkey);
      await answerChallenge(connection, this.authkey);
    }
    return connection;
  }

  close(): void {
    if (this._closed) return;
    this._closed = true;
    openHandles.delete(this);
    this.server.close();
    this.server.unref();
  }

  __enter__(): this {
    return this;
  }

  __exit__(..._args: unknown[]): void {
    this.close();
  }
}

/** Listener(address, family=None, backlog=1, authkey=None), bound and listening. */
export async function Listener(...args: unknown[]): Promise<ListenerObject> {
  const a = bindCall(LISTENER_ARGS, args);
  const authkey = authkeyOf(a.authkey);
  const { host, port } = inetAddress(a.address ?? PyTuple.of("localhost", 0));
  const server = nodeNet().createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e) => reject(systemError(e)));
    server.listen({ host, port, backlog: Number(a.backlog ?? 1) }, resolve);
  });
  const bound = server.address() as { address: string; port: number };
  return new ListenerObject(server, authkey, PyTuple.of(bound.address, bound.port));
}

/** Client(address, family=None, authkey=None): a Connection to a Listener. */
export async function Client(...args: unknown[]): Promise<SocketConnection> {
  const a = bindCall(CLIENT_ARGS, args);
  const authkey = authkeyOf(a.authkey);
  const { host, port } = inetAddress(a.address);
  const socket = nodeNet().connect({ host, port });
  await new Promise<void>((resolve, reject) => {
    socket.once("error", (e) => reject(systemError(e)));
    socket.once("connect", resolve);
  });
  const connection = new SocketConnection(socket);
  if (authkey !== null) {
    await answerChallenge(connection, authkey);
    await deliverChallenge(connection, authkey);
  }
  return connection;
}

markBuiltinClasses([SocketConnection, ListenerObject], "multiprocessing.connection");
