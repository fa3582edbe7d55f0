// The objects Pool hands back: ApplyResult (AsyncResult), MapResult and the imap iterators,
// with CPython's readiness rules (a failed map is ready only once every chunk has reported).
import { StopIteration, ValueError } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { callFunction } from "../builtins/call.js";
import { bindCall, signature, toSeconds } from "./call.js";

const TIMEOUT_SIG = {
  get: signature("ApplyResult.get", ["self", "timeout="]),
  wait: signature("ApplyResult.wait", ["self", "timeout="]),
  next: signature("IMapIterator.next", ["self", "timeout="]),
};
import { TimeoutError } from "./errors.js";

/** A one-shot event that async waiters can await with a timeout. */
class Signal {
  isSet = false;
  private resolve!: () => void;
  private readonly promise = new Promise<void>((resolve) => {
    this.resolve = resolve;
  });

  set(): void {
    this.isSet = true;
    this.resolve();
  }

  async wait(timeout: number | null): Promise<void> {
    if (this.isSet) return;
    if (timeout === null) return this.promise;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.promise, new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, timeout * 1000))))]);
    clearTimeout(timer);
  }
}

let jobCounter = 0;

export function nextJob(): number {
  return jobCounter++;
}

export type Outcome = readonly [success: boolean, value: unknown];

export class ApplyResult {
  static readonly __name__: string = "ApplyResult";
  static readonly __module__ = "multiprocessing.pool";
  readonly _job = nextJob();
  protected readonly event = new Signal();
  protected _success = false;
  protected _value: unknown = null;

  constructor(
    protected readonly onDone: (job: number) => void,
    protected readonly callback: unknown,
    protected readonly errorCallback: unknown,
  ) {}

  ready(): boolean {
    return this.event.isSet;
  }

  successful(): boolean {
    if (!this.ready()) throw new ValueError(`${repr(this)} not ready`);
    return this._success;
  }

  async wait(...args: unknown[]): Promise<void> {
    const { timeout } = bindCall(TIMEOUT_SIG.wait, args);
    await this.event.wait(toSeconds(timeout));
  }

  async get(...args: unknown[]): Promise<unknown> {
    const { timeout } = bindCall(TIMEOUT_SIG.get, args);
    await this.event.wait(toSeconds(timeout));
    if (!this.ready()) throw new TimeoutError();
    if (this._success) return this._value;
    throw this._value;
  }

  _set(_index: number, [success, value]: Outcome): void {
    this._success = success;
    this._value = value;
    if (success && this.callback) callFunction(this.callback, [value]);
    if (!success && this.errorCallback) callFunction(this.errorCallback, [value]);
    this.event.set();
    this.onDone(this._job);
  }

  __repr__(): string {
    return `<multiprocessing.pool.ApplyResult object at 0x7f${(0x5c000000 + this._job * 0x40).toString(16)}>`;
  }
}

export class MapResult extends ApplyResult {
  static override readonly __name__ = "MapResult";
  private numberLeft: number;

  constructor(
    onDone: (job: number) => void,
    private readonly chunksize: number,
    length: number,
    callback: unknown,
    errorCallback: unknown,
  ) {
    super(onDone, callback, errorCallback);
    this._success = true;
    this._value = new Array<unknown>(length).fill(null);
    if (chunksize <= 0) {
      this.numberLeft = 0;
      this.event.set();
      onDone(this._job);
    } else {
      this.numberLeft = Math.floor(length / chunksize) + (length % chunksize ? 1 : 0);
    }
  }

  override _set(index: number, [success, result]: Outcome): void {
    this.numberLeft -= 1;
    if (success && this._success) {
      const values = this._value as unknown[];
      const chunk = result as unknown[];
      for (let k = 0; k < chunk.length; k++) values[index * this.chunksize + k] = chunk[k];
      if (this.numberLeft === 0) {
        if (this.callback) callFunction(this.callback, [this._value]);
        this.onDone(this._job);
        this.event.set();
      }
      return;
    }
    if (!success && this._success) {
      this._success = false;
      this._value = result;
    }
    if (this.numberLeft === 0) {
      if (this.errorCallback) callFunction(this.errorCallback, [this._value]);
      this.onDone(this._job);
      this.event.set();
    }
  }
}

/** Pool.imap / imap_unordered results, iterated with `for await` or `next(timeout)`. When the
 *  tasks are chunks, each result is a list that `flatten` spreads out. */
export class IMapIterator {
  static readonly __name__ = "IMapIterator";
  readonly _job = nextJob();
  private readonly items: Outcome[] = [];
  private readonly unordered: Map<number, Outcome> = new Map();
  private index = 0;
  private length: number | null = null;
  private yielded = 0;
  private wake: (() => void) | null = null;

  constructor(
    private readonly onDone: (job: number) => void,
    private readonly options: { ordered: boolean; flatten: boolean },
  ) {}

  _set(i: number, outcome: Outcome): void {
    if (this.options.ordered) {
      this.unordered.set(i, outcome);
      while (this.unordered.has(this.index)) {
        this.items.push(this.unordered.get(this.index)!);
        this.unordered.delete(this.index++);
      }
    } else {
      this.items.push(outcome);
      this.index++;
    }
    if (this.length !== null && this.index === this.length) this.onDone(this._job);
    this.notify();
  }

  _set_length(length: number): void {
    this.length = length;
    if (this.index === length) this.onDone(this._job);
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private pending: unknown[] = [];

  /** IMapIterator.next(timeout): the next result, StopIteration at the end. */
  async next(...args: unknown[]): Promise<unknown> {
    const seconds = toSeconds(bindCall(TIMEOUT_SIG.next, args).timeout);
    while (this.pending.length === 0) {
      const outcome = await this.nextOutcome(seconds);
      if (outcome === undefined) throw new StopIteration();
      const [success, value] = outcome;
      if (!success) throw value;
      if (this.options.flatten) this.pending.push(...(value as unknown[]));
      else this.pending.push(value);
    }
    return this.pending.shift();
  }

  private async nextOutcome(seconds: number | null): Promise<Outcome | undefined> {
    for (;;) {
      if (this.items.length > 0) {
        this.yielded++;
        return this.items.shift();
      }
      if (this.length !== null && this.yielded >= this.length) return undefined;
      const arrived = new Promise<void>((resolve) => (this.wake = resolve));
      if (seconds === null) {
        await arrived;
      } else {
        let timer: NodeJS.Timeout | undefined;
        let expired = false;
        await Promise.race([
          arrived,
          new Promise<void>((r) => (timer = setTimeout(() => ((expired = true), r()), seconds * 1000))),
        ]);
        clearTimeout(timer);
        if (expired && this.items.length === 0) throw new TimeoutError();
      }
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<unknown> {
    for (;;) {
      try {
        yield await this.next();
      } catch (e) {
        if (e instanceof StopIteration) return;
        throw e;
      }
    }
  }
}
