// concurrent.futures.Executor: submit/map/shutdown and the with-block. map waits for its results
// up front (within the timeout) and returns an iterator that yields them in order, raising at the
// first failed or unfinished one, which is what iterating CPython's result generator observes.
import { TimeoutError, TypeError } from "../../builtins/exceptions.js";
import { splitKwargs } from "../../builtins/call.js";
import { PyTuple } from "../../builtins/tuple.js";
import { iter } from "../../builtins/iteration.js";
import { toSeconds } from "../../multiprocessing/call.js";
import { remainingMs } from "../../threading/wait.js";
import type { Future } from "./future.js";

/** The items of map's iterables zipped into argument tuples, and its keywords. */
export function mapArguments(args: readonly unknown[]): {
  fn: unknown;
  calls: PyTuple[];
  timeout: number | null;
  chunksize: number;
} {
  const [positional, keywords] = splitKwargs(args);
  const [fn, ...iterables] = positional;
  for (const name of Object.keys(keywords)) {
    if (name !== "timeout" && name !== "chunksize") {
      throw new TypeError(`Executor.map() got an unexpected keyword argument '${name}'`);
    }
  }
  const iterators = iterables.map((iterable) => iter(iterable) as Iterator<unknown>);
  const calls: PyTuple[] = [];
  if (iterators.length > 0) {
    for (;;) {
      const row: unknown[] = [];
      for (const it of iterators) {
        const next = it.next();
        if (next.done) return finish();
        row.push(next.value);
      }
      calls.push(PyTuple.fromIterable(row));
    }
  }
  return finish();
  function finish() {
    const chunksize = (keywords.chunksize ?? 1) as number;
    return { fn, calls, timeout: toSeconds(keywords.timeout ?? null), chunksize };
  }
}

/** Waits for `futures` (each yielding a list of results when `chunked`) until the timeout, then
 *  iterates them in order. */
export async function resultIterator(
  futures: Future[],
  timeout: number | null,
  options: { chunked: boolean },
): Promise<Iterator<unknown>> {
  const deadline = timeout === null ? Infinity : performance.now() + timeout * 1000;
  for (const future of futures) {
    if (future.done()) continue;
    if (deadline === Infinity) await future.exception().catch(() => undefined);
    else await future.exception(Math.max(0, remainingMs(deadline)) / 1000).catch(() => undefined);
  }
  function* results(): Generator<unknown> {
    for (const future of futures) {
      if (!future.done()) {
        for (const other of futures) other.cancel();
        throw new TimeoutError();
      }
      const [ok, value] = future._outcome();
      if (future.cancelled()) throw value;
      if (!ok) {
        for (const other of futures) other.cancel();
        throw value;
      }
      if (options.chunked) yield* value as unknown[];
      else yield value;
    }
  }
  return results();
}

export abstract class Executor {
  static readonly __module__: string = "concurrent.futures._base";

  abstract submit(...args: unknown[]): Future;

  abstract shutdown(...args: unknown[]): Promise<void>;

  async map(...args: unknown[]): Promise<Iterator<unknown>> {
    const { fn, calls, timeout } = mapArguments(args);
    const futures = calls.map((call) => this.submit(fn, ...call));
    return resultIterator(futures, timeout, { chunked: false });
  }

  __enter__(): this {
    return this;
  }

  async __exit__(..._exc: unknown[]): Promise<boolean> {
    await this.shutdown(true);
    return false;
  }
}
