// asyncio.timeout / timeout_at (3.11): an async context manager that cancels the task running
// its body when the deadline passes and turns the CancelledError that leaves the body into
// TimeoutError, as asyncio/timeouts.py does (counting the task's cancel requests, so a cancel
// from elsewhere is not mistaken for the timeout).
import { RuntimeError, TimeoutError } from "../builtins/exceptions.js";
import { raiseFrom } from "../builtins/statements.js";
import { PyFloat } from "../builtins/float.js";
import { floatRepr } from "../builtins/repr.js";
import { toSeconds } from "../multiprocessing/call.js";
import { CancelledError } from "./errors.js";
import { current_task, type Task } from "./tasks.js";

type State = "created" | "active" | "expiring" | "expired" | "finished";

/** The loop's clock, in seconds (loop.time()). */
export function loopTime(): number {
  return performance.now() / 1000;
}

export class Timeout {
  static readonly __module__ = "asyncio.timeouts";
  private state: State = "created";
  private timer: NodeJS.Timeout | undefined;
  private task: Task | null = null;
  private cancelling = 0;

  constructor(private deadline: number | null) {}

  when(): PyFloat | null {
    return this.deadline === null ? null : new PyFloat(this.deadline);
  }

  reschedule(when: unknown): void {
    if (this.state !== "active") {
      throw new RuntimeError(this.state === "created" ? "Timeout has not been entered" : `Cannot change state of ${this.state} Timeout`);
    }
    this.deadline = toSeconds(when);
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.deadline !== null) this.timer = setTimeout(() => this.onTimeout(), Math.max(0, this.deadline - loopTime()) * 1000);
  }

  expired(): boolean {
    return this.state === "expiring" || this.state === "expired";
  }

  __repr__(): string {
    const when = this.state === "active" ? ` when=${this.deadline === null ? "None" : floatRepr(Math.round(this.deadline * 1000) / 1000)}` : "";
    return `<Timeout [${this.state}]${when}>`;
  }

  async __aenter__(): Promise<Timeout> {
    if (this.state !== "created") throw new RuntimeError("Timeout has already been entered");
    const task = current_task();
    if (task === null) throw new RuntimeError("Timeout should be used inside a task");
    this.state = "active";
    this.task = task;
    this.cancelling = task.cancelling();
    this.reschedule(this.deadline);
    return this;
  }

  async __aexit__(excType: unknown, excValue: unknown): Promise<null> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.state === "expiring") {
      this.state = "expired";
      if (this.task!.uncancel() <= this.cancelling && excType === CancelledError) {
        throw raiseFrom(new TimeoutError(), excValue);
      }
    } else if (this.state === "active") {
      this.state = "finished";
    }
    return null;
  }

  private onTimeout(): void {
    this.task!.cancel();
    this.state = "expiring";
    this.timer = undefined;
  }
}

/** asyncio.timeout(delay): a Timeout `delay` seconds from now (None: never). */
export function timeout(delay: unknown): Timeout {
  const seconds = toSeconds(delay);
  return new Timeout(seconds === null ? null : loopTime() + seconds);
}

/** asyncio.timeout_at(when): a Timeout at loop time `when`. */
export function timeout_at(when: unknown): Timeout {
  return new Timeout(toSeconds(when));
}
