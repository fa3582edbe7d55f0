// asyncio's exceptions (asyncio.TimeoutError is the builtin TimeoutError since 3.11).
import { BaseException, Exception } from "../builtins/exceptions.js";

export class CancelledError extends BaseException {
  static readonly __module__ = "asyncio.exceptions";
}
export class InvalidStateError extends Exception {
  static readonly __module__: string = "asyncio.exceptions";
}
export class QueueEmpty extends Exception {
  static readonly __module__: string = "asyncio.queues";
}
export class QueueFull extends Exception {
  static readonly __module__: string = "asyncio.queues";
}
