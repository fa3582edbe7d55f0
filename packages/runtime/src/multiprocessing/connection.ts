// multiprocessing.connection: Pipe() and Connection over SharedChannels (one per direction).
// Each channel counts the open reader and writer ends across all processes, so recv() raises
// EOFError once every writer has closed and send() raises BrokenPipeError once every reader has.
// A handle sent to a child counts as a new open end from the moment it is reduced; the child
// closes it when the Connection is closed or the process ends (closeProcessConnections).
import { BrokenPipeError, EOFError, OSError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyByteArray } from "../builtins/bytearray.js";
import { PyTuple } from "../builtins/tuple.js";
import { typeName } from "../builtins/typename.js";
import { bindCall, signature, toSeconds } from "./call.js";
import { BufferTooShort } from "./errors.js";
import { CArray } from "./sharedctypes.js";
import { registerHandleType } from "./handles.js";
import { dumps, loads } from "./reduction.js";
import { CHANNEL_EXTRA, SharedChannel, type ChannelWire } from "./shared-channel.js";
import { waitReady, type Waitable } from "./shared-wait.js";

import { closeProcessSockets } from "./connection-socket.js";

export { wait, type Waitable } from "./shared-wait.js";
export { Listener, Client, SocketConnection, ListenerObject } from "./connection-socket.js";

const READERS = CHANNEL_EXTRA[0];
const WRITERS = CHANNEL_EXTRA[1];
const FIRST_FAKE_FD = 3;

const PIPE_ARGS = signature("Pipe", ["duplex="]);
const POLL_ARGS = signature("poll", ["timeout="]);
const SEND_BYTES_ARGS = signature("send_bytes", ["buf", "offset=", "size="]);
const RECV_BYTES_ARGS = signature("recv_bytes", ["maxlength="]);
const RECV_INTO_ARGS = signature("recv_bytes_into", ["buf", "offset="]);

// Connections opened in this process and not yet closed, closed for it when the process ends.
const openConnections = new Set<Connection>();
let nextFakeFd = FIRST_FAKE_FD;

interface ConnectionWire {
  readonly reader: ChannelWire | null;
  readonly writer: ChannelWire | null;
}

export class Connection implements Waitable {
  static readonly __module__ = "multiprocessing.connection";
  private _reader: SharedChannel | null;
  private _writer: SharedChannel | null;
  private _closed = false;
  private readonly _fd = nextFakeFd++;

  /** Takes ownership of one open end of each given channel (already counted). */
  constructor(wire: ConnectionWire) {
    this._reader = wire.reader === null ? null : new SharedChannel(wire.reader);
    this._writer = wire.writer === null ? null : new SharedChannel(wire.writer);
    openConnections.add(this);
  }

  get closed(): boolean {
    return this._closed;
  }

  get readable(): boolean {
    return this._reader !== null;
  }

  get writable(): boolean {
    return this._writer !== null;
  }

  fileno(): number {
    this._checkClosed();
    return this._fd;
  }

  send(obj: unknown): void {
    this._checkClosed();
    this._checkWritable();
    this._write(dumps(obj));
  }

  async recv(): Promise<unknown> {
    return loads(await this._read());
  }

  send_bytes(...args: unknown[]): void {
    const { buf, offset, size } = bindCall(SEND_BYTES_ARGS, args);
    this._checkClosed();
    this._checkWritable();
    const bytes = bytesOf(buf);
    const start = Number(offset ?? 0);
    if (start < 0) throw new ValueError("offset is negative");
    if (bytes.length < start) throw new ValueError("buffer length < offset");
    const length = size === null || size === undefined ? bytes.length - start : Number(size);
    if (length < 0) throw new ValueError("size is negative");
    if (bytes.length < start + length) throw new ValueError("buffer length < offset + size");
    this._write(bytes.slice(start, start + length));
  }

  async recv_bytes(...args: unknown[]): Promise<PyBytes> {
    const { maxlength } = bindCall(RECV_BYTES_ARGS, args);
    if (maxlength !== null && maxlength !== undefined && Number(maxlength) < 0) throw new ValueError("negative maxlength");
    const message = await this._read();
    if (maxlength !== null && maxlength !== undefined && message.length > Number(maxlength)) {
      throw new OSError("bad message length");
    }
    return new PyBytes(message);
  }

  /** recv_bytes_into(buf, offset=0): reads one message into a writable buffer (an object with a
   *  `bytes` Uint8Array), returning its length; BufferTooShort carries it when it does not fit. */
  async recv_bytes_into(...args: unknown[]): Promise<number> {
    const { buf, offset } = bindCall(RECV_INTO_ARGS, args);
    const target = writableBytesOf(buf);
    const start = Number(offset ?? 0);
    if (start < 0) throw new ValueError("negative offset");
    if (start > target.length) throw new ValueError("offset too large");
    const message = await this._read();
    if (start + message.length > target.length) throw new BufferTooShort(new PyBytes(message));
    target.set(message, start);
    return message.length;
  }

  /** poll(timeout=0.0) → whether recv() would not block (data or end of file). None waits forever. */
  async poll(...args: unknown[]): Promise<boolean> {
    const { timeout } = bindCall(POLL_ARGS, args);
    this._checkClosed();
    this._checkReadable();
    const seconds = timeout === undefined ? 0 : toSeconds(timeout);
    return (await waitReady([this], seconds)).length > 0;
  }

  close(): void {
    if (this._closed) return;
    this._closed = true;
    openConnections.delete(this);
    releaseEnd(this._reader, READERS);
    releaseEnd(this._writer, WRITERS);
  }

  __enter__(): Connection {
    return this;
  }

  __exit__(..._args: unknown[]): void {
    this.close();
  }

  _waitReady(): boolean {
    const reader = this._reader!;
    return reader.count() > 0 || reader.state.get(WRITERS) === 0;
  }

  _waitSignals(): { readonly cells: Int32Array; readonly index: number }[] {
    return [this._reader!.state.signal()];
  }

  /** The wire form of a new open end on the same channels (counted now, released by the child). */
  _duplicate(): ConnectionWire {
    this._checkClosed();
    acquireEnd(this._reader, READERS);
    acquireEnd(this._writer, WRITERS);
    return { reader: this._reader?.wire ?? null, writer: this._writer?.wire ?? null };
  }

  private async _read(): Promise<Uint8Array> {
    this._checkClosed();
    this._checkReadable();
    const reader = this._reader!;
    let message: Uint8Array | undefined;
    let eof = false;
    await reader.state.waitUntil(() => {
      message = reader.takeLocked();
      eof = message === undefined && reader.state.get(WRITERS) === 0;
      return message !== undefined || eof;
    }, null);
    if (message === undefined) throw new EOFError();
    reader.state.changed();
    return message;
  }

  private _write(message: Uint8Array): void {
    const writer = this._writer!;
    const delivered = writer.tryWrite(message, () => writer.state.get(READERS) > 0);
    if (!delivered) throw new BrokenPipeError(32, "Broken pipe");
    writer.state.changed();
  }

  private _checkClosed(): void {
    if (this._closed) throw new OSError("handle is closed");
  }

  private _checkReadable(): void {
    if (this._reader === null) throw new OSError("connection is write-only");
  }

  private _checkWritable(): void {
    if (this._writer === null) throw new OSError("connection is read-only");
  }
}

/** Pipe(duplex=True) → (conn1, conn2); with duplex=False conn1 only receives, conn2 only sends. */
export function Pipe(...args: unknown[]): PyTuple<Connection> {
  const { duplex } = bindCall(PIPE_ARGS, args);
  const forward = newChannel();
  if (duplex === false || duplex === 0) {
    return PyTuple.of(new Connection({ reader: forward, writer: null }), new Connection({ reader: null, writer: forward }));
  }
  const backward = newChannel();
  return PyTuple.of(new Connection({ reader: backward, writer: forward }), new Connection({ reader: forward, writer: backward }));
}

/** Closes every Connection this process still has open; the worker entry calls it at exit so
 *  the other ends see EOF / a broken pipe as they would when a CPython process dies. */
export function closeProcessConnections(): void {
  for (const connection of [...openConnections]) connection.close();
  closeProcessSockets();
}

function newChannel(): ChannelWire {
  const channel = SharedChannel.create();
  channel.state.set(READERS, 1);
  channel.state.set(WRITERS, 1);
  return channel.wire;
}

function acquireEnd(channel: SharedChannel | null, field: number): void {
  if (channel === null) return;
  channel.state.locked(() => channel.state.set(field, channel.state.get(field) + 1));
}

function releaseEnd(channel: SharedChannel | null, field: number): void {
  if (channel === null) return;
  channel.state.locked(() => channel.state.set(field, channel.state.get(field) - 1));
  channel.state.changed();
}

function writableBytesOf(buf: unknown): Uint8Array {
  if ((buf instanceof PyBytes && !(buf instanceof PyByteArray)) || typeof buf === "string") throw new TypeError(`argument must be read-write bytes-like object, not ${typeName(buf)}`);
  const inner = buf instanceof Uint8Array ? buf : (buf as { bytes?: unknown } | null)?.bytes;
  if (inner instanceof Uint8Array) return inner;
  // A ctypes array (RawArray) exposes its shared memory as a writable buffer.
  if (buf instanceof CArray) return new Uint8Array(buf._buffer);
  throw new TypeError(`argument must be read-write bytes-like object, not ${typeName(buf)}`);
}

function bytesOf(buf: unknown): Uint8Array {
  if (buf instanceof PyBytes) return buf.bytes;
  if (buf instanceof Uint8Array) return buf;
  const inner = (buf as { bytes?: unknown } | null)?.bytes;
  if (inner instanceof Uint8Array) return inner;
  throw new TypeError(`memoryview: a bytes-like object is required, not '${typeName(buf)}'`);
}

registerHandleType<Connection>({
  name: "multiprocessing.connection.Connection",
  matches: (value): value is Connection => value instanceof Connection,
  reduce: (connection) => ({ state: connection._duplicate() }),
  rebuild: (state) => new Connection(state as ConnectionWire),
});
