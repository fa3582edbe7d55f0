// joblib's Parallel/delayed: `Parallel(n_jobs=k)(delayed(f)(x) for x in xs)` runs the calls on a
// process pool (loky and multiprocessing backends), a thread pool (threading / prefer="threads")
// or in order in this process (n_jobs=1, sequential), returning the results in input order.
import { ValueError } from "./builtins/exceptions.js";
import { callFunction, kw, splitKwargs } from "./builtins/call.js";
import { PyDict } from "./builtins/dict.js";
import { PyTuple } from "./builtins/tuple.js";
import { iter } from "./builtins/iteration.js";
import { repr } from "./builtins/repr.js";
import { bindCall, signature } from "./multiprocessing/call.js";
import { cpu_count } from "./multiprocessing/context.js";
import { ProcessPoolExecutor } from "./concurrent/futures/process.js";
import { ThreadPoolExecutor } from "./concurrent/futures/thread.js";
import type { Executor } from "./concurrent/futures/executor.js";

const BACKENDS = ["loky", "multiprocessing", "sequential", "threading"];
const INIT_SIG = signature("Parallel.__init__", [
  "self",
  "n_jobs=",
  "backend=",
  "return_as=",
  "verbose=",
  "timeout=",
  "pre_dispatch=",
  "batch_size=",
  "temp_folder=",
  "max_nbytes=",
  "mmap_mode=",
  "prefer=",
  "require=",
]);

/** delayed(f)(*args, **kwargs) → (f, args, kwargs), the task tuple Parallel consumes. */
export function delayed(fn: unknown): (...args: unknown[]) => PyTuple {
  return (...args: unknown[]) => {
    const [positional, keywords] = splitKwargs(args);
    return PyTuple.of(fn, PyTuple.fromIterable(positional), new PyDict(Object.entries(keywords)));
  };
}

export class Parallel {
  static readonly __module__ = "joblib.parallel";
  readonly n_jobs: number | null;
  private readonly backend: string;
  private executor: Executor | null = null;
  private managed = false;

  constructor(...args: unknown[]) {
    const a = bindCall(INIT_SIG, args);
    this.n_jobs = (a.n_jobs ?? null) as number | null;
    const backend = (a.backend ?? null) as string | null;
    if (backend !== null && !BACKENDS.includes(backend)) {
      throw new ValueError(`Invalid backend: ${backend}, expected one of ${repr(BACKENDS)}`);
    }
    const threads = a.prefer === "threads" || a.require === "sharedmem";
    this.backend = backend ?? (threads ? "threading" : "loky");
  }

  private workers(): number {
    const n = this.n_jobs ?? 1;
    if (n === 0) throw new ValueError("n_jobs == 0 in Parallel has no meaning");
    return n < 0 ? Math.max(1, cpu_count() + 1 + n) : n;
  }

  private pool(workers: number): Executor {
    if (this.executor !== null) return this.executor;
    const options = kw({ max_workers: workers });
    return this.backend === "threading" ? new ThreadPoolExecutor(options) : new ProcessPoolExecutor(options);
  }

  async __call__(iterable: unknown): Promise<unknown[]> {
    const tasks = [...(iter(iterable) as Iterable<PyTuple>)];
    const workers = this.workers();
    if (workers === 1 || this.backend === "sequential" || tasks.length === 0) {
      const out: unknown[] = [];
      for (const [fn, args, kwargs] of tasks) out.push(await callFunction(fn, [...(args as PyTuple)], kwargs as PyDict));
      return out;
    }
    const executor = this.pool(workers);
    try {
      const futures = tasks.map(([fn, args, kwargs]) => executor.submit(fn, ...(args as PyTuple), kw(kwargs as PyDict)));
      const out: unknown[] = [];
      for (const future of futures) out.push(await future.result());
      return out;
    } finally {
      if (!this.managed) await executor.shutdown(true);
    }
  }

  __enter__(): this {
    this.managed = true;
    const workers = this.workers();
    if (workers !== 1 && this.backend !== "sequential") this.executor = this.pool(workers);
    return this;
  }

  async __exit__(..._exc: unknown[]): Promise<boolean> {
    this.managed = false;
    await this.executor?.shutdown(true);
    this.executor = null;
    return false;
  }

  __repr__(): string {
    return `Parallel(n_jobs=${repr(this.n_jobs)})`;
  }
}

export { cpu_count };
