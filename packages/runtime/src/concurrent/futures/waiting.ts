// concurrent.futures.wait and as_completed: both watch the futures' completions (in the order
// they happen) instead of polling, as CPython's _Waiter objects do.
import { IndexError, TimeoutError, ValueError } from "../../builtins/exceptions.js";
import { repr } from "../../builtins/repr.js";
import { PySet } from "../../builtins/set.js";
import { iter } from "../../builtins/iteration.js";
import { bindCall, signature } from "../../multiprocessing/call.js";
import { deadlineOf, remainingMs } from "../../threading/wait.js";
import type { Future } from "./future.js";

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

const WAIT_SIG = signature("wait", ["fs", "timeout=", "return_when="]);
const AS_COMPLETED_SIG = signature("as_completed", ["fs", "timeout="]);

/** DoneAndNotDoneFutures(done, not_done), the namedtuple wait() returns: unpackable, indexable,
 *  with both fields as attributes (a plain object, as the builtins' getattr resolves a tuple's
 *  attributes from tuple methods only). */
export class DoneAndNotDoneFutures {
  static readonly __module__ = "concurrent.futures._base";
  constructor(
    readonly done: PySet,
    readonly not_done: PySet,
  ) {}
  *[Symbol.iterator](): Iterator<PySet> {
    yield this.done;
    yield this.not_done;
  }
  __len__(): number {
    return 2;
  }
  __getitem__(index: number): PySet {
    if (index === 0 || index === -2) return this.done;
    if (index === 1 || index === -1) return this.not_done;
    throw new IndexError("tuple index out of range");
  }
  __repr__(): string {
    return `DoneAndNotDoneFutures(done=${repr(this.done)}, not_done=${repr(this.not_done)})`;
  }
}

function failed(future: Future): boolean {
  return !future.cancelled() && future._state === "FINISHED" && !future._outcome()[0];
}

/** Resolves when `ready()` holds after some completion, or at the deadline. */
function watch(futures: readonly Future[], deadline: number, ready: () => boolean): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = (): void => {
      clearTimeout(timer);
      for (const future of futures) future._watchers.delete(check);
      resolve();
    };
    const check = (): void => {
      if (ready()) finish();
    };
    for (const future of futures) future._watchers.add(check);
    if (deadline !== Infinity) timer = setTimeout(finish, remainingMs(deadline));
  });
}

export async function wait(...args: unknown[]): Promise<DoneAndNotDoneFutures> {
  const a = bindCall(WAIT_SIG, args);
  const returnWhen = a.return_when ?? ALL_COMPLETED;
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw new ValueError(`Invalid return condition: ${String(returnWhen)}`);
  }
  const futures = [...new Set(iter(a.fs) as Iterable<Future>)];
  const ready = (): boolean => {
    const done = futures.filter((future) => future.done());
    if (returnWhen === FIRST_COMPLETED) return done.length > 0;
    if (returnWhen === FIRST_EXCEPTION && done.some(failed)) return true;
    return done.length === futures.length;
  };
  await watch(futures, deadlineOf(a.timeout), ready);
  const done = futures.filter((future) => future.done());
  const notDone = futures.filter((future) => !future.done());
  return new DoneAndNotDoneFutures(new PySet(done), new PySet(notDone));
}

/** as_completed(fs, timeout=None): an async iterator yielding each future as it completes. */
export function as_completed(...args: unknown[]): AsyncIterableIterator<Future> {
  const a = bindCall(AS_COMPLETED_SIG, args);
  const futures = [...new Set(iter(a.fs) as Iterable<Future>)];
  const deadline = deadlineOf(a.timeout);
  const total = futures.length;
  const queue: Future[] = futures.filter((future) => future.done());
  const pending = new Set(futures.filter((future) => !future.done()));
  let wake: (() => void) | null = null;
  const onDone = (future: Future): void => {
    if (!pending.delete(future)) return;
    future._watchers.delete(onDone);
    queue.push(future);
    wake?.();
  };
  for (const future of pending) future._watchers.add(onDone);
  async function* generate(): AsyncGenerator<Future> {
    while (queue.length > 0 || pending.size > 0) {
      if (queue.length === 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (deadline !== Infinity) timer = setTimeout(resolve, remainingMs(deadline));
        });
        clearTimeout(timer);
        wake = null;
        if (queue.length === 0) {
          for (const future of pending) future._watchers.delete(onDone);
          throw new TimeoutError(`${pending.size} (of ${total}) futures unfinished`);
        }
      }
      yield queue.shift()!;
    }
  }
  return generate();
}
