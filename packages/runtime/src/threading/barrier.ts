// threading.Barrier, CPython's state machine (0 filling, 1 draining, -1 resetting, -2 broken)
// over a Condition, so arrival indices, the action and BrokenBarrierError match threading.py.
import { callFunction } from "../builtins/call.js";
import { truth } from "../builtins/truth.js";
import { BrokenBarrierError } from "../multiprocessing/shared-errors.js";
import { bindCall, signature, toSeconds } from "../multiprocessing/call.js";
import { Condition } from "./condition.js";
import { Lock } from "./locks.js";

const INIT_SIG = signature("Barrier", ["parties", "action=", "timeout="]);
const WAIT_SIG = signature("wait", ["timeout="]);

export { BrokenBarrierError };

export class Barrier {
  static readonly __module__ = "threading";
  private readonly cond = new Condition(new Lock());
  private readonly action: unknown;
  private readonly timeout: unknown;
  private readonly _parties: number;
  private state = 0;
  private count = 0;

  constructor(...args: unknown[]) {
    const a = bindCall(INIT_SIG, args);
    this._parties = a.parties as number;
    this.action = a.action ?? null;
    this.timeout = a.timeout ?? null;
  }

  async wait(...args: unknown[]): Promise<number> {
    let { timeout } = bindCall(WAIT_SIG, args);
    if ((timeout ?? null) === null) timeout = this.timeout;
    await this.cond.acquire();
    try {
      await this.enter();
      const index = this.count++;
      try {
        if (index + 1 === this._parties) await this.release();
        else await this.waitReleased(timeout);
        return index;
      } finally {
        this.count--;
        this.exit();
      }
    } finally {
      this.cond.release();
    }
  }

  private async enter(): Promise<void> {
    while (this.state === -1 || this.state === 1) await this.cond.wait();
    if (this.state < 0) throw new BrokenBarrierError();
  }

  private async release(): Promise<void> {
    try {
      if (this.action !== null) await callFunction(this.action, []);
      this.state = 1;
      this.cond._wakeAll();
    } catch (error) {
      this.breakBarrier();
      throw error;
    }
  }

  private async waitReleased(timeout: unknown): Promise<void> {
    const ok = await this.cond.wait_for(() => this.state !== 0, toSeconds(timeout));
    if (!truth(ok)) {
      this.breakBarrier();
      throw new BrokenBarrierError();
    }
    if (this.state < 0) throw new BrokenBarrierError();
  }

  private exit(): void {
    if (this.count === 0 && (this.state === -1 || this.state === 1)) {
      this.state = 0;
      this.cond._wakeAll();
    }
  }

  // reset/abort hold the condition's lock only for a few statements in CPython; nothing can
  // interleave with synchronous code here, so they stay synchronous (not awaited by callers).
  reset(): void {
    if (this.count > 0) {
      if (this.state === 0) this.state = -1;
      else if (this.state === -2) this.state = -1;
    } else this.state = 0;
    this.cond._wakeAll();
  }

  abort(): void {
    this.breakBarrier();
  }

  private breakBarrier(): void {
    this.state = -2;
    this.cond._wakeAll();
  }

  get parties(): number {
    return this._parties;
  }

  get n_waiting(): number {
    return this.state === 0 ? this.count : 0;
  }

  get broken(): boolean {
    return this.state === -2;
  }

  __repr__(): string {
    if (this.broken) return "<threading.Barrier: broken>";
    return `<threading.Barrier: waiters=${this.n_waiting}/${this._parties}>`;
  }
}
