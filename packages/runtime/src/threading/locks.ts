// threading.Lock and RLock for threads that are async tasks of one isolate. A release does not
// hand the lock over: the releasing thread may take it again before a woken waiter runs, as a
// thread holding CPython's GIL usually does.
import { RuntimeError, ValueError } from "../builtins/exceptions.js";
import { truth } from "../builtins/truth.js";
import { bindCall, signature, toSeconds } from "../multiprocessing/call.js";
import { WaitList } from "./wait.js";
import { current_thread } from "./thread.js";

const ACQUIRE_SIG = signature("acquire", ["blocking=", "timeout="]);

/** acquire(blocking=True, timeout=-1)'s checks; the deadline in ms, or null for no wait. */
function lockDeadline(args: readonly unknown[]): number | null {
  const { blocking, timeout } = bindCall(ACQUIRE_SIG, args);
  const block = blocking === undefined ? true : truth(blocking);
  const seconds = timeout === undefined ? -1 : (toSeconds(timeout) ?? -1);
  if (!block) {
    if (seconds !== -1) throw new ValueError("can't specify a timeout for a non-blocking call");
    return null;
  }
  if (seconds < 0 && seconds !== -1) throw new ValueError("timeout value must be positive");
  return seconds === -1 ? Infinity : performance.now() + seconds * 1000;
}

/** The part of a lock that Condition needs (CPython's _release_save/_acquire_restore/_is_owned). */
export interface ConditionLock {
  acquire(...args: unknown[]): boolean | Promise<boolean>;
  release(): void;
  _release_save(): unknown;
  _acquire_restore(state: unknown): Promise<void>;
  _is_owned(): boolean;
}

export class Lock implements ConditionLock {
  static readonly __module__ = "_thread";
  static readonly __name__ = "lock";
  private held = false;
  private readonly waiters = new WaitList();

  acquire(...args: unknown[]): boolean | Promise<boolean> {
    const deadline = lockDeadline(args);
    if (!this.held) return (this.held = true);
    if (deadline === null) return false;
    return this.acquireSlow(deadline);
  }

  private async acquireSlow(deadline: number): Promise<boolean> {
    while (this.held) {
      if (!(await this.waiters.sleep(deadline)) && this.held) return false;
    }
    return (this.held = true);
  }

  release(): void {
    if (!this.held) throw new RuntimeError("release unlocked lock");
    this.held = false;
    this.waiters.notify(1);
  }

  locked(): boolean {
    return this.held;
  }

  __enter__(): boolean | Promise<boolean> {
    return this.acquire();
  }

  __exit__(..._exc: unknown[]): void {
    this.release();
  }

  _release_save(): unknown {
    this.release();
    return null;
  }

  async _acquire_restore(_state: unknown): Promise<void> {
    await this.acquire();
  }

  _is_owned(): boolean {
    return this.held;
  }

  __repr__(): string {
    return `<${this.held ? "locked" : "unlocked"} _thread.lock object>`;
  }
}

export class RLock implements ConditionLock {
  static readonly __module__ = "_thread";
  static readonly __name__ = "RLock";
  private owner: object | null = null;
  private count = 0;
  private readonly waiters = new WaitList();

  acquire(...args: unknown[]): boolean | Promise<boolean> {
    const deadline = lockDeadline(args);
    const me = current_thread();
    if (this.owner === me) {
      this.count++;
      return true;
    }
    if (this.owner === null) return this.take(me, 1);
    if (deadline === null) return false;
    return this.acquireSlow(me, deadline, 1);
  }

  private take(me: object, count: number): true {
    this.owner = me;
    this.count = count;
    return true;
  }

  private async acquireSlow(me: object, deadline: number, count: number): Promise<boolean> {
    while (this.owner !== null) {
      if (!(await this.waiters.sleep(deadline)) && this.owner !== null) return false;
    }
    return this.take(me, count);
  }

  release(): void {
    if (this.owner !== current_thread()) throw new RuntimeError("cannot release un-acquired lock");
    if (--this.count === 0) {
      this.owner = null;
      this.waiters.notify(1);
    }
  }

  __enter__(): boolean | Promise<boolean> {
    return this.acquire();
  }

  __exit__(..._exc: unknown[]): void {
    this.release();
  }

  _release_save(): unknown {
    if (this.count === 0) throw new RuntimeError("cannot release un-acquired lock");
    const count = this.count;
    this.count = 0;
    this.owner = null;
    this.waiters.notify(1);
    return count;
  }

  async _acquire_restore(state: unknown): Promise<void> {
    const me = current_thread();
    if (this.owner === null) this.take(me, state as number);
    else await this.acquireSlow(me, Infinity, state as number);
  }

  _is_owned(): boolean {
    return this.owner === current_thread();
  }

  __repr__(): string {
    const owner = this.owner === null ? 0 : (this.owner as { ident: number }).ident;
    return `<${this.owner ? "locked" : "unlocked"} _thread.RLock object owner=${owner} count=${this.count}>`;
  }
}
