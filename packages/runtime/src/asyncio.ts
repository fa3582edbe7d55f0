// `import asyncio`: coroutines are JS async functions on Node's one event loop.
export { run, create_task, ensure_future, sleep, gather, wait_for, wait, as_completed, current_task, all_tasks, Task } from "./asyncio/tasks.js";
export { FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED } from "./asyncio/tasks.js";
export { timeout, timeout_at, Timeout } from "./asyncio/timeouts.js";
export { Lock, Event, Semaphore, BoundedSemaphore, Condition, Queue, LifoQueue, PriorityQueue } from "./asyncio/locks.js";
export { get_event_loop, get_running_loop, new_event_loop, set_event_loop, to_thread, AbstractEventLoop } from "./asyncio/loop.js";
export { CancelledError, InvalidStateError, QueueEmpty, QueueFull } from "./asyncio/errors.js";
export { TimeoutError } from "./builtins/exceptions.js";
