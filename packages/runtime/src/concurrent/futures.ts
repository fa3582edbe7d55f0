// `import concurrent.futures`: executors over Python threads (async tasks) and processes.
export { Future } from "./futures/future.js";
export { Executor } from "./futures/executor.js";
export { ThreadPoolExecutor } from "./futures/thread.js";
export { ProcessPoolExecutor } from "./futures/process.js";
export { wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED } from "./futures/waiting.js";
export { CancelledError, InvalidStateError, BrokenExecutor, BrokenThreadPool, BrokenProcessPool } from "./futures/errors.js";
export { TimeoutError } from "../builtins/exceptions.js";
