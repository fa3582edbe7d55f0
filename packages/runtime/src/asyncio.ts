// `import asyncio`: coroutines are JS async functions on Node's one event loop.
export { run, create_task, ensure_future, sleep, gather, wait_for, as_completed, Task } from "./asyncio/tasks.js";
export { Lock, Event, Semaphore, BoundedSemaphore, Queue } from "./asyncio/locks.js";
export { get_event_loop, get_running_loop, new_event_loop, set_event_loop, to_thread, AbstractEventLoop } from "./asyncio/loop.js";
export { CancelledError, InvalidStateError, QueueEmpty, QueueFull } from "./asyncio/errors.js";
export { TimeoutError } from "./builtins/exceptions.js";
