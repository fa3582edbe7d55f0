// multiprocessing.Barrier: threading.Barrier's state machine (0 filling, 1 draining, -1 resetting,
// -2 broken) kept in shared memory. The action runs outside the mutex (it may await), so a fifth
// state, ACTING, holds newcomers back as CPython's held condition lock does.
import { NotImplementedError } from "../builtins/exceptions.js";
import { objectId } from "../builtins/hash.js";
import { callFunction } from "../builtins/call.js";
import { bindCall, signature, toSeconds } from "./call.js";
import { registerHandleType } from "./handles.js";
import { dumps, loads } from "./reduction.js";
import { BrokenBarrierError } from "./shared-errors.js";
import { FIRST_FIELD, SharedState } from "./shared-state.js";

const STATE = FIRST_FIELD;
const COUNT = FIRST_FIELD + 1;
const FILLING = 0;
const DRAINING = 1;
const ACTING = 2;
const RESETTING = -1;
const BROKEN = -2;

const BARRIER_ARGS = signature("Barrier", ["parties", "action=", "timeout=", "*", "ctx="]);
const WAIT_ARGS = signature("wait", ["timeout="]);

interface BarrierWire {
  readonly buffer: SharedArrayBuffer;
  readonly parties: number;
  readonly timeout: number | null;
  readonly action: Uint8Array | typeof UNPICKLABLE | null;
}

// Under fork CPython never pickles the action, so a lambda works there; here it cannot cross,
// and a child that ends up last at the barrier says so instead of silently skipping it.
const UNPICKLABLE = "unpicklable";

function dumpsAction(action: unknown): Uint8Array | typeof UNPICKLABLE {
  try {
    return dumps(action);
  } catch {
    return UNPICKLABLE;
  }
}

function unpicklableAction(): never {
  throw new NotImplementedError("py2ts: this Barrier's action cannot be called from a child process (it could not be pickled)");
}

export class Barrier {
  static readonly __module__ = "multiprocessing.synchronize";
  readonly _state: SharedState;
  readonly _parties: number;
  readonly _timeout: number | null;
  readonly _action: unknown;

  constructor(...args: unknown[]) {
    if (args[0] instanceof RebuiltBarrier) {
      const { wire } = args[0];
      this._state = new SharedState(wire.buffer);
      this._parties = wire.parties;
      this._timeout = wire.timeout;
      this._action = wire.action === null ? null : wire.action === UNPICKLABLE ? unpicklableAction : loads(wire.action);
      return;
    }
    const { parties, action, timeout } = bindCall(BARRIER_ARGS, args);
    this._state = SharedState.create(2);
    this._parties = Number(parties);
    this._timeout = toSeconds(timeout);
    this._action = action ?? null;
  }

  get parties(): number {
    return this._parties;
  }

  get n_waiting(): number {
    return this._state.get(STATE) === FILLING ? this._state.get(COUNT) : 0;
  }

  get broken(): boolean {
    return this._state.get(STATE) === BROKEN;
  }

  /** wait(timeout=None) → this party's arrival index, 0 … parties-1. */
  async wait(...args: unknown[]): Promise<number> {
    const given = bindCall(WAIT_ARGS, args).timeout;
    const timeout = given === null || given === undefined ? this._timeout : toSeconds(given);
    const s = this._state;
    let index = -1;
    // _enter: wait while the barrier drains or resets, then take an index atomically.
    await s.waitUntil(() => {
      const state = s.get(STATE);
      if (state === DRAINING || state === RESETTING || state === ACTING) return false;
      if (state === FILLING) {
        index = s.get(COUNT);
        s.set(COUNT, index + 1);
        if (index + 1 === this._parties) s.set(STATE, ACTING);
      }
      return true;
    }, null);
    if (index < 0) throw new BrokenBarrierError();
    try {
      if (index + 1 === this._parties) await this._release();
      else await this._wait(timeout);
      return index;
    } finally {
      s.locked(() => {
        const count = s.get(COUNT) - 1;
        s.set(COUNT, count);
        const state = s.get(STATE);
        if (count === 0 && (state === RESETTING || state === DRAINING)) s.set(STATE, FILLING);
      });
      s.changed();
    }
  }

  private async _release(): Promise<void> {
    try {
      if (this._action !== null) await callFunction(this._action, []);
    } catch (error) {
      this._break();
      throw error;
    }
    this._state.set(STATE, DRAINING);
    this._state.changed();
  }

  private async _wait(timeout: number | null): Promise<void> {
    const s = this._state;
    const passed = (): boolean => s.get(STATE) !== FILLING && s.get(STATE) !== ACTING;
    if (!(await s.waitUntil(passed, timeout))) {
      // A timeout while the action runs is not a timeout in CPython: the action holds the lock.
      const broke = s.locked(() => {
        if (s.get(STATE) !== FILLING) return false;
        s.set(STATE, BROKEN);
        return true;
      });
      if (broke) {
        s.changed();
        throw new BrokenBarrierError();
      }
      await s.waitUntil(passed, null);
    }
    if (s.get(STATE) < 0) throw new BrokenBarrierError();
  }

  reset(): void {
    const s = this._state;
    s.locked(() => {
      if (s.get(COUNT) > 0) {
        const state = s.get(STATE);
        if (state === FILLING || state === BROKEN) s.set(STATE, RESETTING);
      } else {
        s.set(STATE, FILLING);
      }
    });
    s.changed();
  }

  abort(): void {
    this._break();
  }

  private _break(): void {
    this._state.set(STATE, BROKEN);
    this._state.changed();
  }

  __repr__(): string {
    const where = `<multiprocessing.synchronize.Barrier at 0x${objectId(this).toString(16)}`;
    if (this.broken) return `${where}: broken>`;
    return `${where}: waiters=${this.n_waiting}/${this.parties}>`;
  }
}

class RebuiltBarrier {
  constructor(readonly wire: BarrierWire) {}
}

registerHandleType<Barrier>({
  name: "multiprocessing.synchronize.Barrier",
  matches: (value): value is Barrier => value instanceof Barrier,
  reduce: (barrier) => {
    const wire: BarrierWire = {
      buffer: barrier._state.buffer,
      parties: barrier._parties,
      timeout: barrier._timeout,
      action: barrier._action === null ? null : dumpsAction(barrier._action),
    };
    return { state: wire };
  },
  rebuild: (state) => new Barrier(new RebuiltBarrier(state as BarrierWire)),
});
