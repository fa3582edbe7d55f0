// multiprocessing.synchronize: Lock, RLock, Semaphore and BoundedSemaphore as one SemLock over
// shared memory (CPython's _multiprocessing.SemLock), plus re-exports of Condition, Event and
// Barrier. Blocking acquires are async; release is synchronous.
import { AssertionError, OSError, TypeError, ValueError } from "../builtins/exceptions.js";
import { typeName } from "../builtins/typename.js";
import { bindCall, signature, toSeconds } from "./call.js";
import { registerHandleType } from "./handles.js";
import { FIRST_FIELD, SharedState } from "./shared-state.js";
import { currentProcessId, currentTaskId, ownerName } from "./shared-identity.js";

export { Condition } from "./shared-condition.js";
export { Event } from "./shared-event.js";
export { Barrier } from "./shared-barrier.js";
export { setTaskIdentity, currentTaskId } from "./shared-identity.js";

export const SEM_VALUE_MAX = 2147483647;
const RECURSIVE_MUTEX = 0;
const SEMAPHORE = 1;

const VALUE = FIRST_FIELD;
const MAXVALUE = FIRST_FIELD + 1;
const KIND = FIRST_FIELD + 2;
const OWNER_PID = FIRST_FIELD + 3;
const OWNER_TID = FIRST_FIELD + 4;
const COUNT = FIRST_FIELD + 5;
const FIELDS = 6;

const ACQUIRE = signature("acquire", ["block=", "timeout="]);

/** _multiprocessing.SemLock: a counting semaphore that also remembers its last acquirer, which
 *  is what makes a Lock "mine" and an RLock recursive. */
export class SemLock {
  static readonly __module__ = "multiprocessing.synchronize";
  readonly _state: SharedState;

  constructor(kind: number, value: unknown, maxvalue: number, shared?: SharedState) {
    if (shared !== undefined) {
      this._state = shared;
      return;
    }
    const initial = toInt(value);
    if (initial < 0 || initial > SEM_VALUE_MAX) throw new OSError(22, "Invalid argument");
    this._state = SharedState.create(FIELDS);
    this._state.set(VALUE, initial);
    this._state.set(MAXVALUE, maxvalue);
    this._state.set(KIND, kind);
  }

  /** acquire(block=True, timeout=None) → bool */
  async acquire(...args: unknown[]): Promise<boolean> {
    const { block, timeout } = bindCall(ACQUIRE, args);
    if (this._state.get(KIND) === RECURSIVE_MUTEX && this._is_mine()) {
      this._state.set(COUNT, this._state.get(COUNT) + 1);
      return true;
    }
    const pid = currentProcessId();
    const tid = currentTaskId();
    const attempt = (): boolean => {
      const value = this._state.get(VALUE);
      if (value === 0) return false;
      this._state.set(VALUE, value - 1);
      this._state.set(OWNER_PID, pid);
      this._state.set(OWNER_TID, tid);
      this._state.set(COUNT, 1);
      return true;
    };
    if (block === false || block === 0) return this._state.locked(attempt);
    return this._state.waitUntil(attempt, toSeconds(timeout));
  }

  release(): void {
    const state = this._state;
    if (state.get(KIND) === RECURSIVE_MUTEX) {
      if (!this._is_mine()) throw new AssertionError("attempt to release recursive lock not owned by thread");
      const count = state.get(COUNT);
      if (count > 1) {
        state.set(COUNT, count - 1);
        return;
      }
    }
    state.locked(() => {
      const value = state.get(VALUE);
      const max = state.get(MAXVALUE);
      if (max !== SEM_VALUE_MAX && value >= max) throw new ValueError("semaphore or lock released too many times");
      state.set(VALUE, value + 1);
      state.set(COUNT, 0);
      state.set(OWNER_PID, 0);
      state.set(OWNER_TID, 0);
    });
    state.changed();
  }

  async __enter__(): Promise<boolean> {
    return this.acquire();
  }

  __exit__(..._args: unknown[]): void {
    this.release();
  }

  get_value(): number {
    return this._state.get(VALUE);
  }

  /** Held (value 0) and last acquired by this process and thread. */
  _is_mine(): boolean {
    const s = this._state;
    return s.get(COUNT) > 0 && s.get(OWNER_PID) === currentProcessId() && s.get(OWNER_TID) === currentTaskId();
  }

  _count(): number {
    return this._is_mine() ? this._state.get(COUNT) : 0;
  }

  /** Who holds it, as CPython's Lock/RLock reprs name it. */
  protected _ownerDescription(): string {
    if (this._is_mine()) return ownerName();
    if (this._state.get(VALUE) === 1) return "None";
    return this._state.get(OWNER_PID) === currentProcessId() ? "SomeOtherThread" : "SomeOtherProcess";
  }
}

export class Lock extends SemLock {
  constructor(..._ctx: unknown[]) {
    super(SEMAPHORE, 1, 1, sharedFrom(_ctx));
  }
  __repr__(): string {
    return `<Lock(owner=${this._ownerDescription()})>`;
  }
}

export class RLock extends SemLock {
  constructor(..._ctx: unknown[]) {
    super(RECURSIVE_MUTEX, 1, 1, sharedFrom(_ctx));
  }
  __repr__(): string {
    const owner = this._ownerDescription();
    const count = this._is_mine() ? String(this._count()) : owner === "None" ? "0" : "nonzero";
    return `<RLock(${owner}, ${count})>`;
  }
}

const SEMAPHORE_ARGS = signature("Semaphore", ["value=", "*", "ctx="]);

export class Semaphore extends SemLock {
  constructor(...args: unknown[]) {
    const shared = sharedFrom(args);
    super(SEMAPHORE, shared ? 0 : (bindCall(SEMAPHORE_ARGS, args).value ?? 1), SEM_VALUE_MAX, shared);
  }
  __repr__(): string {
    return `<Semaphore(value=${this.get_value()})>`;
  }
}

export class BoundedSemaphore extends SemLock {
  constructor(...args: unknown[]) {
    const shared = sharedFrom(args);
    const value = shared ? 0 : (bindCall(SEMAPHORE_ARGS, args).value ?? 1);
    super(SEMAPHORE, value, shared ? 0 : toInt(value), shared);
  }
  __repr__(): string {
    return `<BoundedSemaphore(value=${this.get_value()}, maxvalue=${this._state.get(MAXVALUE)})>`;
  }
}

// Rebuilding in a child passes the SharedState itself instead of Python arguments.
function sharedFrom(args: readonly unknown[]): SharedState | undefined {
  return args.length === 1 && args[0] instanceof SharedState ? args[0] : undefined;
}

function toInt(value: unknown): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return value > BigInt(SEM_VALUE_MAX) || value < 0n ? -1 : Number(value);
  if (typeof value === "number" && Number.isInteger(value)) return value;
  throw new TypeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
}

for (const cls of [Lock, RLock, Semaphore, BoundedSemaphore]) {
  registerHandleType<SemLock>({
    name: `multiprocessing.synchronize.${cls.name}`,
    matches: (value): value is SemLock => value.constructor === cls,
    reduce: (lock) => ({ state: lock._state.buffer }),
    rebuild: (state) => new cls(new SharedState(state as SharedArrayBuffer)),
  });
}
