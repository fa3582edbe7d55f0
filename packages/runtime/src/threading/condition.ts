// threading.Condition, Semaphore, BoundedSemaphore and Event, following CPython's threading.py
// (the same checks and messages); waits are async so other threads run meanwhile.
import { RuntimeError, ValueError } from "../builtins/exceptions.js";
import { callFunction } from "../builtins/call.js";
import { repr } from "../builtins/repr.js";
import { truth } from "../builtins/truth.js";
import { bindCall, signature, toSeconds } from "../multiprocessing/call.js";
import { RLock, type ConditionLock } from "./locks.js";
import { deadlineOf, WaitList } from "./wait.js";

const sig = {
  condition: signature("Condition", ["lock="]),
  wait: signature("wait", ["timeout="]),
  waitFor: signature("wait_for", ["predicate", "timeout="]),
  notify: signature("notify", ["n="]),
  semaphore: signature("Semaphore", ["value="]),
  acquire: signature("acquire", ["blocking=", "timeout="]),
  release: signature("release", ["n="]),
};

export class Condition {
  static readonly __module__ = "threading";
  private readonly lock: ConditionLock;
  private readonly waiters = new WaitList();

  constructor(...args: unknown[]) {
    const { lock } = bindCall(sig.condition, args);
    this.lock = (lock ?? null) === null ? new RLock() : (lock as ConditionLock);
  }

  acquire(...args: unknown[]): boolean | Promise<boolean> {
    return this.lock.acquire(...args);
  }

  release(): void {
    this.lock.release();
  }

  __enter__(): boolean | Promise<boolean> {
    return this.lock.acquire();
  }

  __exit__(..._exc: unknown[]): void {
    this.lock.release();
  }

  async wait(...args: unknown[]): Promise<boolean> {
    const { timeout } = bindCall(sig.wait, args);
    if (!this.lock._is_owned()) throw new RuntimeError("cannot wait on un-acquired lock");
    const deadline = deadlineOf(timeout);
    const sleeping = this.waiters.sleep(deadline);
    const saved = this.lock._release_save();
    try {
      return await sleeping;
    } finally {
      await this.lock._acquire_restore(saved);
    }
  }

  async wait_for(...args: unknown[]): Promise<unknown> {
    const { predicate, timeout } = bindCall(sig.waitFor, args);
    const seconds = toSeconds(timeout);
    const end = seconds === null ? null : performance.now() + seconds * 1000;
    let result = await callFunction(predicate, []);
    while (!truth(result)) {
      let wait: number | null = null;
      if (end !== null) {
        wait = (end - performance.now()) / 1000;
        if (wait <= 0) break;
      }
      await this.wait(wait);
      result = await callFunction(predicate, []);
    }
    return result;
  }

  notify(...args: unknown[]): void {
    const { n } = bindCall(sig.notify, args);
    if (!this.lock._is_owned()) throw new RuntimeError("cannot notify on un-acquired lock");
    this.waiters.notify((n ?? 1) as number);
  }

  notify_all(): void {
    if (!this.lock._is_owned()) throw new RuntimeError("cannot notify on un-acquired lock");
    this.waiters.notifyAll();
  }

  notifyAll(): void {
    this.notify_all();
  }

  /** notify_all for callers that hold the lock by construction. */
  _wakeAll(): void {
    this.waiters.notifyAll();
  }

  __repr__(): string {
    return `<Condition(${repr(this.lock)}, ${this.waiters.size})>`;
  }
}

export class Semaphore {
  static readonly __module__ = "threading";
  protected value: number;
  private readonly waiters = new WaitList();

  constructor(...args: unknown[]) {
    const value = (bindCall(sig.semaphore, args).value ?? 1) as number;
    if (value < 0) throw new ValueError("semaphore initial value must be >= 0");
    this.value = value;
  }

  acquire(...args: unknown[]): boolean | Promise<boolean> {
    const { blocking, timeout } = bindCall(sig.acquire, args);
    const block = blocking === undefined ? true : truth(blocking);
    if (!block && (timeout ?? null) !== null) throw new ValueError("can't specify timeout for non-blocking acquire");
    if (this.value > 0) {
      this.value--;
      return true;
    }
    if (!block) return false;
    return this.acquireSlow(deadlineOf(timeout));
  }

  private async acquireSlow(deadline: number): Promise<boolean> {
    while (this.value === 0) {
      if (!(await this.waiters.sleep(deadline)) && this.value === 0) return false;
    }
    this.value--;
    return true;
  }

  release(...args: unknown[]): void {
    const n = (bindCall(sig.release, args).n ?? 1) as number;
    if (n < 1) throw new ValueError("n must be one or more");
    this.checkRelease(n);
    this.value += n;
    this.waiters.notify(n);
  }

  protected checkRelease(_n: number): void {}

  __enter__(): boolean | Promise<boolean> {
    return this.acquire();
  }

  __exit__(..._exc: unknown[]): void {
    this.release();
  }

  get _value(): number {
    return this.value;
  }
}

export class BoundedSemaphore extends Semaphore {
  static override readonly __module__ = "threading";
  private readonly initial: number;

  constructor(...args: unknown[]) {
    super(...args);
    this.initial = this.value;
  }

  protected override checkRelease(n: number): void {
    if (this.value + n > this.initial) throw new ValueError("Semaphore released too many times");
  }
}

export class Event {
  static readonly __module__ = "threading";
  private flag = false;
  private readonly waiters = new WaitList();

  is_set(): boolean {
    return this.flag;
  }

  isSet(): boolean {
    return this.flag;
  }

  set(): void {
    this.flag = true;
    this.waiters.notifyAll();
  }

  clear(): void {
    this.flag = false;
  }

  async wait(...args: unknown[]): Promise<boolean> {
    const { timeout } = bindCall(sig.wait, args);
    if (this.flag) return true;
    return this.waiters.sleep(deadlineOf(timeout));
  }

  __repr__(): string {
    return `<threading.Event: ${this.flag ? "set" : "unset"}>`;
  }
}
