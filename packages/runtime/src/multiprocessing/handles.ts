// The registry of handle types: objects that cross to another process as a working handle on
// the same shared state (a Queue, a Lock, a Value, a Connection…), not as a copy.
// reduction.ts consults it when encoding; each handle class registers itself once, at import.

/** What a handle becomes on the wire: a registered type name plus structured-clonable state
 *  (SharedArrayBuffers, MessagePorts to transfer, numbers, strings). */
export interface HandleState {
  readonly type: string;
  readonly state: unknown;
  /** MessagePorts or other transferables that must move with the state. */
  readonly transfer?: readonly Transferable[];
}

export interface HandleType<T extends object> {
  /** Stable name on the wire, e.g. "multiprocessing.Queue". */
  readonly name: string;
  readonly matches: (value: object) => value is T;
  readonly reduce: (value: T) => Omit<HandleState, "type">;
  readonly rebuild: (state: unknown) => T;
  /** Set for handles CPython pickles anywhere (manager proxies), not only by inheritance. */
  readonly anywhere?: boolean;
  /** The state to use inside pickled bytes (queues, pipes, manager requests), where
   *  SharedArrayBuffers cannot travel; `rebuild` must accept it too. */
  readonly bytesState?: (value: T) => unknown;
}

const handleTypes = new Map<string, HandleType<object>>();

export function registerHandleType<T extends object>(type: HandleType<T>): void {
  if (handleTypes.has(type.name)) return;
  handleTypes.set(type.name, type as unknown as HandleType<object>);
}

/** The handle type that claims `value`, if any. */
export function findHandleType(value: object): HandleType<object> | undefined {
  for (const type of handleTypes.values()) if (type.matches(value)) return type;
  return undefined;
}

export function handleTypeNamed(name: string): HandleType<object> | undefined {
  return handleTypes.get(name);
}
