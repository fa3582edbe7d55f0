// Helpers shared by the pipe files: decoding with universal newlines, line and character
// boundaries in raw bytes, and the Node stream internals a pipe needs (its fd, holding reads).
import type { Readable, Writable } from "node:stream";
import { PyBytes } from "../builtins/bytes.js";
import { decodeBytes } from "../builtins/codecs.js";
import { pyClassName } from "../builtins/classname.js";
import { strRepr } from "../builtins/repr.js";
import { ValueError } from "../builtins/exceptions.js";

export interface TextOptions {
  readonly encoding: string;
  readonly errors: string;
}

/** What both ends of a child's pipes share: fd `name`, text options, repr, closing. */
export abstract class PipeEnd {
  closed = false;
  readonly encoding: string | undefined;
  readonly errors: string | undefined;
  /** The pipe's file descriptor, as CPython's `name` of a pipe file. */
  readonly name: number;

  constructor(
    stream: Readable | Writable,
    protected readonly text: TextOptions | null,
  ) {
    this.encoding = text?.encoding;
    this.errors = text?.errors;
    this.name = pipeFd(stream);
  }

  /** Lets go of the Node stream: end it (our write end) or destroy it (our read end). */
  protected abstract release(): void;
  abstract readable(): boolean;
  abstract writable(): boolean;

  fileno(): number {
    if (this.closed) throw new ValueError("I/O operation on closed file");
    return this.name;
  }

  __repr__(): string {
    return pipeRepr(this, this.text);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.release();
  }

  __enter__(): this {
    return this;
  }

  __exit__(): void {
    this.close();
  }
}

/** CPython's Popen._translate_newlines: decode, then \r\n and \r become \n. */
export function translateNewlines(data: Uint8Array, text: TextOptions): string {
  return decode(data, text).replace(/\r\n?/g, "\n");
}

const UTF8_NAMES = new Set(["utf-8", "utf8", "u8"]);
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// Valid UTF-8 decodes natively; anything else goes through the codec for CPython's messages.
function decode(data: Uint8Array, text: TextOptions): string {
  if (UTF8_NAMES.has(text.encoding.toLowerCase().replace(/_/g, "-"))) {
    try {
      return strictUtf8.decode(data);
    } catch {
      // fall through to the exact codec
    }
  }
  return decodeBytes(new PyBytes(data), text.encoding, text.errors);
}

export function closedMessage(text: TextOptions | null, op: string): string {
  return text ? "I/O operation on closed file." : `${op} of closed file`;
}

// The byte offset just past `n` decoded characters ("\r\n" counting as one), or undefined if
// the buffer does not yet hold them all. Multi-byte sequences count once (UTF-8 lead bytes).
export function charsEnd(b: Buffer, n: number, text: TextOptions): number | undefined {
  const multibyte = UTF8_NAMES.has(text.encoding.toLowerCase().replace(/_/g, "-"));
  let count = 0;
  for (let i = 0; i < b.length; i++) {
    if (multibyte && (b[i]! & 0xc0) === 0x80) continue;
    if (b[i] === 0x0a && i > 0 && b[i - 1] === 0x0d) continue;
    if (count === n) return i;
    count++;
  }
  return undefined;
}

// Index of the last byte of the first line in text mode, where \r, \r\n and \n end a line; a
// final \r is only a line end at EOF, since \n may follow.
export function lineEndText(b: Buffer, eof: boolean): number {
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a) return i;
    if (b[i] === 0x0d) {
      if (i + 1 < b.length) return b[i + 1] === 0x0a ? i + 1 : i;
      return eof ? i : -1;
    }
  }
  return -1;
}

export function pipeFd(stream: Readable | Writable): number {
  return (stream as unknown as { _handle?: { fd?: number } })._handle?.fd ?? -1;
}

export function pipeRepr(pipe: object, text: TextOptions | null): string {
  const name = text ? "TextIOWrapper" : pyClassName(pipe.constructor);
  const fd = (pipe as { name: number }).name;
  return text ? `<_io.${name} name=${fd} encoding=${strRepr(text.encoding)}>` : `<_io.${name} name=${fd}>`;
}

/** Stops the read that Node's socket starts when the child is spawned (what net.Socket's own
 *  `pauseOnCreate` does), so no byte leaves the pipe before Python asks for it. */
export function holdPipe(stream: Readable): void {
  const socket = stream as unknown as {
    _handle?: { reading?: boolean; readStop?: () => number };
    _readableState?: { reading?: boolean };
  };
  const handle = socket._handle;
  if (!handle || typeof handle.readStop !== "function" || !socket._readableState) return;
  handle.reading = false;
  handle.readStop();
  // The socket's constructor began a read(0); clear its flag so the first real read restarts it.
  socket._readableState.reading = false;
}

/** True if `wait` settles before `deadline` (a performance.now() time). */
export async function raceDeadline(wait: Promise<unknown>, deadline: number): Promise<boolean> {
  const ms = deadline - performance.now();
  if (ms <= 0) return false;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([wait.then(() => true as const), expired]);
  } finally {
    clearTimeout(timer);
  }
}
