// multiprocessing.Condition over shared memory: a count of sleepers and of wake-ups handed out,
// guarded by the SharedState mutex; the user-visible lock (RLock by default) is separate.
import { AssertionError, TypeError } from "../builtins/exceptions.js";
import { truth } from "../builtins/truth.js";
import { bindCall, signature, toSeconds } from "./call.js";
import { findHandleType, handleTypeNamed, registerHandleType } from "./handles.js";
import { FIRST_FIELD, SharedState } from "./shared-state.js";
import { RLock, type SemLock } from "./synchronize.js";

const SLEEPERS = FIRST_FIELD;
const TO_WAKE = FIRST_FIELD + 1;

const CONDITION_ARGS = signature("Condition", ["lock=", "*", "ctx="]);
const WAIT_ARGS = signature("wait", ["timeout="]);
const WAIT_FOR_ARGS = signature("wait_for", ["predicate", "timeout="]);
const NOTIFY_ARGS = signature("notify", ["n="]);

export class Condition {
  static readonly __module__ = "multiprocessing.synchronize";
  readonly _lock: SemLock;
  readonly _state: SharedState;

  constructor(...args: unknown[]) {
    if (args[0] instanceof RebuiltCondition) {
      this._lock = args[0].lock;
      this._state = args[0].state;
      return;
    }
    const { lock } = bindCall(CONDITION_ARGS, args);
    this._lock = lock === null || lock === undefined ? new RLock() : (lock as SemLock);
    this._state = SharedState.create(2);
  }

  acquire(...args: unknown[]): Promise<boolean> {
    return this._lock.acquire(...args);
  }

  release(): void {
    this._lock.release();
  }

  __enter__(): Promise<boolean> {
    return this._lock.__enter__();
  }

  __exit__(...args: unknown[]): void {
    this._lock.__exit__(...args);
  }

  /** wait(timeout=None) → bool. Releases the lock fully (all RLock levels), sleeps until notified
   *  or timed out, then takes the lock back as many times. */
  // Not async itself: misuse raises synchronously, even when a dynamic call is not awaited.
  wait(...args: unknown[]): Promise<boolean> {
    if (!this._lock._is_mine()) throw new AssertionError("must acquire() condition before using wait()");
    return this._wait(toSeconds(bindCall(WAIT_ARGS, args).timeout));
  }

  private async _wait(timeout: number | null): Promise<boolean> {
    const state = this._state;
    state.locked(() => state.set(SLEEPERS, state.get(SLEEPERS) + 1));
    const count = this._lock._count();
    for (let i = 0; i < count; i++) this._lock.release();
    try {
      const woken = await state.waitUntil(() => consumeWakeup(state), timeout);
      if (woken) return true;
      // Timed out: leave, unless every remaining sleeper (us included) was already chosen to wake,
      // so that TO_WAKE never exceeds SLEEPERS and no later waiter inherits a stale wake-up.
      return state.locked(() => {
        if (state.get(TO_WAKE) >= state.get(SLEEPERS)) return consumeWakeup(state);
        state.set(SLEEPERS, state.get(SLEEPERS) - 1);
        return false;
      });
    } finally {
      for (let i = 0; i < count; i++) await this._lock.acquire();
    }
  }

  async wait_for(...args: unknown[]): Promise<unknown> {
    const { predicate, timeout } = bindCall(WAIT_FOR_ARGS, args);
    const test = async (): Promise<unknown> => (predicate as () => unknown)();
    let result = await test();
    if (truth(result)) return result;
    const seconds = toSeconds(timeout);
    const end = seconds === null ? null : performance.now() / 1000 + seconds;
    while (!truth(result)) {
      let wait: number | null = null;
      if (end !== null) {
        wait = end - performance.now() / 1000;
        if (wait <= 0) break;
      }
      await this.wait(wait);
      result = await test();
    }
    return result;
  }

  /** notify(n=1): marks up to n current sleepers to wake; they run once the lock is released. */
  notify(...args: unknown[]): void {
    if (!this._lock._is_mine()) throw new AssertionError("lock is not owned");
    const n = bindCall(NOTIFY_ARGS, args).n ?? 1;
    const state = this._state;
    state.locked(() => {
      const idle = state.get(SLEEPERS) - state.get(TO_WAKE);
      const wake = Math.min(Number(n), idle);
      if (wake > 0) state.set(TO_WAKE, state.get(TO_WAKE) + wake);
    });
    state.changed();
  }

  notify_all(): void {
    this.notify(Number.MAX_SAFE_INTEGER);
  }

  __repr__(): string {
    const waiters = this._state.get(SLEEPERS) - this._state.get(TO_WAKE);
    return `<Condition(${(this._lock as unknown as { __repr__(): string }).__repr__()}, ${waiters})>`;
  }
}

function consumeWakeup(state: SharedState): boolean {
  const toWake = state.get(TO_WAKE);
  if (toWake === 0) return false;
  state.set(TO_WAKE, toWake - 1);
  state.set(SLEEPERS, state.get(SLEEPERS) - 1);
  return true;
}

// The constructor's private path for a Condition rebuilt in another process.
class RebuiltCondition {
  constructor(
    readonly lock: SemLock,
    readonly state: SharedState,
  ) {}
}

interface ConditionWire {
  readonly buffer: SharedArrayBuffer;
  readonly lockType: string;
  readonly lockState: unknown;
}

registerHandleType<Condition>({
  name: "multiprocessing.synchronize.Condition",
  matches: (value): value is Condition => value instanceof Condition,
  reduce: (condition) => {
    const lockType = findHandleType(condition._lock);
    if (lockType === undefined) throw new TypeError("Condition lock is not shareable");
    const wire: ConditionWire = {
      buffer: condition._state.buffer,
      lockType: lockType.name,
      lockState: lockType.reduce(condition._lock).state,
    };
    return { state: wire };
  },
  rebuild: (state) => {
    const wire = state as ConditionWire;
    const lock = handleTypeNamed(wire.lockType)!.rebuild(wire.lockState) as SemLock;
    return new Condition(new RebuiltCondition(lock, new SharedState(wire.buffer)));
  },
});
