// The event loop object scripts reach through get_event_loop()/get_running_loop(): there is one
// loop (Node's), so it only offers what converted programs use: run_in_executor,
// run_until_complete and time.
import { splitKwargs } from "../builtins/call.js";
import { PyFloat } from "../builtins/float.js";
import type { Future as ConcurrentFuture } from "../concurrent/futures/future.js";
import { ThreadPoolExecutor } from "../concurrent/futures/thread.js";
import { loopTime } from "./timeouts.js";
import { kw } from "../builtins/call.js";
import { run, suspend } from "./tasks.js";

interface Submitter {
  submit(...args: unknown[]): ConcurrentFuture;
}

export class AbstractEventLoop {
  static readonly __module__ = "asyncio.unix_events";
  static readonly __name__ = "_UnixSelectorEventLoop";
  private defaultExecutor: ThreadPoolExecutor | null = null;

  /** run_in_executor(executor, func, *args): the call's result, awaitable. */
  async run_in_executor(...args: unknown[]): Promise<unknown> {
    const [positional] = splitKwargs(args);
    const [executor, fn, ...fnArgs] = positional;
    let target = executor as Submitter | null;
    if (target === null || target === undefined) {
      this.defaultExecutor ??= new ThreadPoolExecutor(kw({ thread_name_prefix: "asyncio" }));
      target = this.defaultExecutor;
    }
    // Cancelling the awaiting task cancels the call if it has not started, as wrap_future does.
    const future = target.submit(fn, ...fnArgs);
    return suspend(future.result(), () => {
      future.cancel();
      return "raise";
    });
  }

  async run_until_complete(future: unknown): Promise<unknown> {
    return run(future);
  }

  time(): PyFloat {
    return new PyFloat(loopTime());
  }

  is_running(): boolean {
    return true;
  }

  close(): void {}

  /** asyncio.run shuts the default executor down; threads it started must not hold the exit. */
  async shutdown_default_executor(): Promise<void> {
    await this.defaultExecutor?.shutdown(true);
  }
}

const loop = new AbstractEventLoop();

export function get_event_loop(): AbstractEventLoop {
  return loop;
}

export function get_running_loop(): AbstractEventLoop {
  return loop;
}

export function new_event_loop(): AbstractEventLoop {
  return loop;
}

export function set_event_loop(_loop: unknown): void {}

/** to_thread(func, *args, **kwargs): func in the default executor's thread. */
export async function to_thread(...args: unknown[]): Promise<unknown> {
  return loop.run_in_executor(null, ...args);
}
