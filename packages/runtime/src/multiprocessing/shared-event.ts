// multiprocessing.Event: one shared flag; waiters sleep on the SharedState change counter.
import { objectId } from "../builtins/hash.js";
import { bindCall, signature, toSeconds } from "./call.js";
import { registerHandleType } from "./handles.js";
import { FIRST_FIELD, SharedState } from "./shared-state.js";

const FLAG = FIRST_FIELD;
const WAIT_ARGS = signature("wait", ["timeout="]);

export class Event {
  static readonly __module__ = "multiprocessing.synchronize";
  readonly _state: SharedState;

  constructor(...args: unknown[]) {
    this._state = args[0] instanceof SharedState ? args[0] : SharedState.create(1);
  }

  is_set(): boolean {
    return this._state.get(FLAG) === 1;
  }

  set(): void {
    this._state.set(FLAG, 1);
    this._state.changed();
  }

  clear(): void {
    this._state.set(FLAG, 0);
  }

  /** wait(timeout=None) → the flag after waiting. */
  async wait(...args: unknown[]): Promise<boolean> {
    const timeout = toSeconds(bindCall(WAIT_ARGS, args).timeout);
    if (this.is_set()) return true;
    await this._state.waitUntil(() => this.is_set(), timeout);
    return this.is_set();
  }

  __repr__(): string {
    return `<Event at 0x${objectId(this).toString(16)} ${this.is_set() ? "set" : "unset"}>`;
  }
}

registerHandleType<Event>({
  name: "multiprocessing.synchronize.Event",
  matches: (value): value is Event => value instanceof Event,
  reduce: (event) => ({ state: event._state.buffer }),
  rebuild: (state) => new Event(new SharedState(state as SharedArrayBuffer)),
});
