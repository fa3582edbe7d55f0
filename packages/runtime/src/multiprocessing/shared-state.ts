// The one primitive every multiprocessing synchronisation object is built on: a small Int32Array
// in a SharedArrayBuffer with a futex mutex (cell 0) and a change counter (cell 1). Critical
// sections are short and synchronous; blocking waits are async (`Atomics.waitAsync` on the change
// counter) so other async tasks ("threads") in the same isolate keep running meanwhile.

const MUTEX = 0;
const GENERATION = 1;
/** The first cell free for the owner's fields. */
export const FIRST_FIELD = 2;

export class SharedState {
  readonly cells: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.cells = new Int32Array(buffer);
  }

  static create(fields: number): SharedState {
    return new SharedState(new SharedArrayBuffer((FIRST_FIELD + fields) * 4));
  }

  get(field: number): number {
    return Atomics.load(this.cells, field);
  }

  set(field: number, value: number): void {
    Atomics.store(this.cells, field, value);
  }

  /** Runs `body` holding the mutex. Never await inside: the mutex blocks the whole thread. */
  locked<T>(body: () => T): T {
    this.lock();
    try {
      return body();
    } finally {
      this.unlock();
    }
  }

  /** Wakes every waiter so it re-evaluates its condition. Call after any state change. */
  changed(): void {
    Atomics.add(this.cells, GENERATION, 1);
    Atomics.notify(this.cells, GENERATION);
  }

  /** Where a waiter can sleep until the next `changed()` (used to wait on several objects). */
  signal(): { readonly cells: Int32Array; readonly index: number } {
    return { cells: this.cells, index: GENERATION };
  }

  /** Retries `attempt` (under the mutex) after every change until it returns true or `timeout`
   *  seconds pass (null: forever). Returns whether it succeeded. The generation is read before the
   *  attempt, so a change between a failed attempt and the sleep is never missed. */
  async waitUntil(attempt: () => boolean, timeout: number | null): Promise<boolean> {
    const deadline = timeout === null ? Infinity : performance.now() + Math.max(0, timeout) * 1000;
    for (;;) {
      const generation = Atomics.load(this.cells, GENERATION);
      if (this.locked(attempt)) return true;
      const remaining = deadline - performance.now();
      if (remaining <= 0) return false;
      await sleepWhile(this.cells, GENERATION, generation, remaining);
    }
  }

  // Three-state futex mutex (0 free, 1 held, 2 held with sleepers): critical sections are a few
  // loads and stores or a memcpy, so a synchronous Atomics.wait is short and safe on any thread.
  private lock(): void {
    let c = Atomics.compareExchange(this.cells, MUTEX, 0, 1);
    if (c === 0) return;
    do {
      if (c === 2 || Atomics.compareExchange(this.cells, MUTEX, 1, 2) !== 0) Atomics.wait(this.cells, MUTEX, 2);
      c = Atomics.compareExchange(this.cells, MUTEX, 0, 2);
    } while (c !== 0);
  }

  private unlock(): void {
    if (Atomics.sub(this.cells, MUTEX, 1) !== 1) {
      Atomics.store(this.cells, MUTEX, 0);
      Atomics.notify(this.cells, MUTEX, 1);
    }
  }
}

// A pending Atomics.waitAsync does not keep Node's event loop alive: a process whose only work
// is a blocked get() would exit (code 13, unsettled top-level await). A ref'ed timer does, for as
// long as anything sleeps.
let sleepers = 0;
let keepAlive: NodeJS.Timeout | undefined;

async function keptAlive<T>(wait: Promise<T>): Promise<T> {
  if (sleepers++ === 0) keepAlive = setInterval(() => {}, 1 << 30);
  try {
    return await wait;
  } finally {
    if (--sleepers === 0) clearInterval(keepAlive);
  }
}

/** Sleeps until cells[index] != value or `ms` pass, without blocking the event loop. */
export async function sleepWhile(cells: Int32Array, index: number, value: number, ms: number): Promise<void> {
  const result = Atomics.waitAsync(cells, index, value, ms === Infinity ? undefined : ms);
  if (result.async) await keptAlive(result.value);
}

/** Sleeps until any of the signals changes from the value it had when read, or `ms` pass. */
export async function sleepOnAny(
  signals: readonly { readonly cells: Int32Array; readonly index: number; readonly seen: number }[],
  ms: number,
): Promise<void> {
  const waits: Promise<unknown>[] = [];
  for (const { cells, index, seen } of signals) {
    const result = Atomics.waitAsync(cells, index, seen, ms === Infinity ? undefined : ms);
    if (!result.async) return;
    waits.push(result.value);
  }
  if (waits.length === 0) {
    if (ms !== Infinity) await new Promise((resolve) => setTimeout(resolve, ms));
    return;
  }
  await keptAlive(Promise.race(waits));
}
