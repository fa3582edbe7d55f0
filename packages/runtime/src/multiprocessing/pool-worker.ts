// The pool worker: runs in each pool process, taking one task at a time from its channel (a
// MessagePort) and answering with the encoded outcome, as CPython's pool.worker does.
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { AssertionError, BaseException, Exception } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { callFunction } from "../builtins/call.js";
import { PyTuple } from "../builtins/tuple.js";
import { formatExceptionOnly } from "../builtins/exceptions.js";
import { registerHandleType } from "./handles.js";
import { decode, encode, registerRuntimeGlobal, type Node } from "./reduction.js";
import { formatFrames } from "../traceback-frames.js";

/** Parent → worker: a task, or null to stop. Worker → parent: an outcome. */
export interface TaskMessage {
  readonly job: number;
  readonly index: number;
  /** Encoded [func, args tuple, kwargs dict | null]. */
  readonly task: Node;
}
export interface ResultMessage {
  readonly job: number;
  readonly index: number;
  readonly success: boolean;
  readonly value: Node;
}

/** One end of a parent↔worker task channel; crosses to the child as a transferred port. */
export class TaskChannel {
  constructor(readonly port: MessagePort) {}
  static pair(): [TaskChannel, TaskChannel] {
    const { port1, port2 } = new MessageChannel();
    return [new TaskChannel(port1), new TaskChannel(port2)];
  }
}

registerHandleType<TaskChannel>({
  name: "multiprocessing.pool.TaskChannel",
  matches: (value): value is TaskChannel => value instanceof TaskChannel,
  reduce: (channel) => ({ state: channel.port, transfer: [channel.port] }),
  rebuild: (state) => new TaskChannel(state as MessagePort),
});

export class RemoteTraceback extends Exception {
  static readonly __module__ = "multiprocessing.pool";
  constructor(readonly tb: string) {
    super(tb);
  }
  override __str__(): string {
    return this.tb;
  }
}

export class MaybeEncodingError extends Exception {
  static readonly __module__ = "multiprocessing.pool";
  /** Takes the reprs, as CPython stores them (so the exception itself re-encodes safely). */
  constructor(excRepr: string, valueRepr: string) {
    super(excRepr, valueRepr);
  }
  override __str__(): string {
    return `Error sending result: '${String(this.args[1])}'. Reason: '${String(this.args[0])}'`;
  }
}

/** pool.mapstar: list(map(func, chunk)). */
export async function mapstar(func: unknown, chunk: unknown[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const item of chunk) {
    // Only a blocking (async) function's result is awaited: a microtask per item adds up.
    const result = callFunction(func, [item]);
    out.push(result instanceof Promise ? await result : result);
  }
  return out;
}

/** pool.starmapstar: list(itertools.starmap(func, chunk)). */
export async function starmapstar(func: unknown, chunk: unknown[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const args of chunk) {
    const result = callFunction(func, [...(args as Iterable<unknown>)]);
    out.push(result instanceof Promise ? await result : result);
  }
  return out;
}

/** The traceback text CPython embeds in RemoteTraceback; frames are not available here. */
export function remoteTracebackText(error: unknown): string {
  return `\n"""\nTraceback (most recent call last):\n${formatFrames(error)}${formatExceptionOnly(error)}\n"""`;
}

/** Body of each pool process (the Process target). */
export async function worker(
  channel: TaskChannel,
  initializer: unknown,
  initargs: PyTuple,
  maxtasks: unknown,
): Promise<void> {
  if (maxtasks !== null && !(typeof maxtasks === "number" && Number.isInteger(maxtasks) && maxtasks >= 1)) {
    throw new AssertionError(`Maxtasks ${repr(maxtasks)} is not valid`);
  }
  if (initializer !== null && initializer !== undefined) await callFunction(initializer, [...initargs]);
  const inbox: (TaskMessage | null)[] = [];
  let wake: (() => void) | null = null;
  channel.port.on("message", (message: TaskMessage | null) => {
    inbox.push(message);
    wake?.();
    wake = null;
  });
  let completed = 0;
  while (maxtasks === null || completed < (maxtasks as number)) {
    if (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const message = inbox.shift()!;
    if (message === null) break;
    channel.port.postMessage(await runTask(message));
    completed++;
  }
  channel.port.close();
}

async function runTask(message: TaskMessage): Promise<ResultMessage> {
  let success: boolean;
  let value: unknown;
  try {
    const [func, args, kwargs] = decode(message.task) as [unknown, unknown[], unknown];
    value = await callFunction(func, args, (kwargs ?? undefined) as never);
    success = true;
  } catch (error) {
    if (!(error instanceof Exception) && error instanceof BaseException) throw error;
    success = false;
    value = error;
  }
  const { job, index } = message;
  try {
    return { job, index, success, value: encodeOutcome(success, value) };
  } catch (error) {
    return {
      job,
      index,
      success: false,
      value: encodeOutcome(false, new MaybeEncodingError(repr(error), repr(value))),
    };
  }
}

function encodeOutcome(success: boolean, value: unknown): Node {
  if (success) return encode(value).data;
  // The exception travels with its remote traceback text; the parent attaches it as __cause__.
  return encode(PyTuple.of(value, remoteTracebackText(value))).data;
}

for (const [name, value] of Object.entries({
  worker,
  mapstar,
  starmapstar,
  TaskChannel,
  RemoteTraceback,
  MaybeEncodingError,
})) {
  registerRuntimeGlobal(`multiprocessing.pool.${name}`, value);
}
