// The one waiting primitive of in-isolate Python threads: a FIFO of sleepers woken by a notify or
// by their deadline. Woken sleepers re-check their condition, as CPython's wait loops do.
import { ValueError } from "../builtins/exceptions.js";
import { toSeconds } from "../multiprocessing/call.js";
import { PyFloat } from "../builtins/float.js";

/** threading.TIMEOUT_MAX: CPython's PY_TIMEOUT_MAX in seconds on 64-bit Linux. */
export const TIMEOUT_MAX = new PyFloat(9223372036);

/** A Python timeout as an absolute deadline (ms on performance.now), Infinity for None. */
export function deadlineOf(timeout: unknown, options: { negativeIsZero: boolean } = { negativeIsZero: true }): number {
  const seconds = toSeconds(timeout);
  if (seconds === null) return Infinity;
  if (seconds < 0 && !options.negativeIsZero) throw new ValueError("'timeout' must be a non-negative number");
  return performance.now() + Math.max(0, seconds) * 1000;
}

export function remainingMs(deadline: number): number {
  return deadline === Infinity ? Infinity : Math.max(0, deadline - performance.now());
}

export class WaitList {
  private sleepers: (() => void)[] = [];

  get size(): number {
    return this.sleepers.length;
  }

  /** Resolves true when notified, false when `deadline` passes first. */
  sleep(deadline: number): Promise<boolean> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const wake = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        resolve(true);
      };
      this.sleepers.push(wake);
      if (deadline !== Infinity) {
        timer = setTimeout(() => {
          this.sleepers = this.sleepers.filter((s) => s !== wake);
          resolve(false);
        }, remainingMs(deadline));
      }
    });
  }

  /** Wakes the `n` longest sleepers; returns how many were woken. */
  notify(n = 1): number {
    const woken = this.sleepers.splice(0, n);
    for (const wake of woken) wake();
    return woken.length;
  }

  notifyAll(): void {
    this.notify(this.sleepers.length);
  }
}
