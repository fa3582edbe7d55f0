// Exceptions that multiprocessing's shared objects raise but that belong to other Python modules:
// threading.BrokenBarrierError, queue.Empty and queue.Full. Defined here (dependency-free) so the
// threading and queue modules re-export the very same classes.
import { Exception, RuntimeError } from "../builtins/exceptions.js";

export class BrokenBarrierError extends RuntimeError {
  static readonly __module__ = "threading";
}

export class Empty extends Exception {
  static readonly __module__ = "_queue";
}

export class Full extends Exception {
  static readonly __module__ = "queue";
}

/** struct.error, raised by ShareableList for an int outside 64 bits. */
export class StructError extends Exception {
  static readonly __name__ = "error";
  static readonly __module__ = "struct";
}
