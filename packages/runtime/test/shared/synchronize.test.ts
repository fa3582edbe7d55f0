// multiprocessing.synchronize in one thread; expected values recorded from python3 3.11.
import { describe, expect, it } from "vitest";
import { kw } from "../../src/builtins/call.js";
import { repr, str } from "../../src/builtins/repr.js";
import { PyFloat } from "../../src/builtins/float.js";
import { Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore } from "../../src/multiprocessing/synchronize.js";
import { BrokenBarrierError } from "../../src/multiprocessing/shared-errors.js";

async function error(body: () => unknown): Promise<string> {
  try {
    await body();
  } catch (e) {
    return `${(e as Error).name} ${str(e)}`;
  }
  return "no error";
}

describe("Lock", () => {
  it("acquires, reports its owner and refuses a second release", async () => {
    const lock = new Lock();
    expect(repr(lock)).toBe("<Lock(owner=None)>");
    expect(await lock.acquire()).toBe(true);
    expect(repr(lock)).toBe("<Lock(owner=MainProcess)>");
    expect(await lock.acquire(false)).toBe(false);
    expect(await lock.acquire(true, new PyFloat(0.01))).toBe(false);
    lock.release();
    expect(await error(() => lock.release())).toBe("ValueError semaphore or lock released too many times");
    expect(await lock.acquire(kw({ timeout: new PyFloat(0.01) }))).toBe(true);
    lock.release();
  });

  it("is a context manager", async () => {
    const lock = new Lock();
    expect(await lock.__enter__()).toBe(true);
    expect(lock.__exit__(null, null, null)).toBe(undefined);
    expect(repr(lock)).toBe("<Lock(owner=None)>");
  });

  it("wakes a waiting task when released", async () => {
    const lock = new Lock();
    await lock.acquire();
    const order: string[] = [];
    const waiter = lock.acquire().then(() => order.push("acquired"));
    await new Promise((r) => setTimeout(r, 10));
    order.push("release");
    lock.release();
    await waiter;
    expect(order).toEqual(["release", "acquired"]);
  });
});

describe("RLock", () => {
  it("is recursive and owned", async () => {
    const lock = new RLock();
    expect(repr(lock)).toBe("<RLock(None, 0)>");
    expect(await lock.acquire()).toBe(true);
    expect(await lock.acquire(false)).toBe(true);
    expect(await lock.acquire(kw({ timeout: 1 }))).toBe(true);
    expect(repr(lock)).toBe("<RLock(MainProcess, 3)>");
    lock.release();
    lock.release();
    lock.release();
    expect(await error(() => lock.release())).toBe("AssertionError attempt to release recursive lock not owned by thread");
  });
});

describe("Semaphore", () => {
  it("counts", async () => {
    const s = new Semaphore(2);
    expect(repr(s)).toBe("<Semaphore(value=2)>");
    await s.acquire();
    expect(repr(s)).toBe("<Semaphore(value=1)>");
    expect(s.get_value()).toBe(1);
    const zero = new Semaphore(0);
    expect(await zero.acquire(kw({ timeout: new PyFloat(0.01) }))).toBe(false);
    expect(await zero.acquire(false)).toBe(false);
    expect(await error(() => new Semaphore(-1))).toBe("OSError [Errno 22] Invalid argument");
    expect(await error(() => new Semaphore("x"))).toBe("TypeError 'str' object cannot be interpreted as an integer");
  });

  it("bounded refuses to go over its start value", async () => {
    const b = new BoundedSemaphore(1);
    expect(repr(b)).toBe("<BoundedSemaphore(value=1, maxvalue=1)>");
    expect(await error(() => b.release())).toBe("ValueError semaphore or lock released too many times");
    const three = new BoundedSemaphore(3);
    await three.acquire();
    expect(repr(three)).toBe("<BoundedSemaphore(value=2, maxvalue=3)>");
  });
});

describe("Event", () => {
  it("sets, clears and waits", async () => {
    const e = new Event();
    expect(repr(e)).toMatch(/^<Event at 0x[0-9a-f]+ unset>$/);
    expect(e.is_set()).toBe(false);
    expect(await e.wait(new PyFloat(0.01))).toBe(false);
    setTimeout(() => e.set(), 5);
    expect(await e.wait()).toBe(true);
    expect(await e.wait(0)).toBe(true);
    e.clear();
    expect(e.is_set()).toBe(false);
  });
});

describe("Condition", () => {
  it("asserts ownership", async () => {
    const c = new Condition();
    expect(repr(c)).toBe("<Condition(<RLock(None, 0)>, 0)>");
    expect(await error(() => c.wait())).toBe("AssertionError must acquire() condition before using wait()");
    expect(await error(() => c.notify())).toBe("AssertionError lock is not owned");
  });

  it("times out, waits for predicates and is notified", async () => {
    const c = new Condition(new Lock());
    expect(repr(c)).toBe("<Condition(<Lock(owner=None)>, 0)>");
    await c.acquire();
    expect(await c.wait(new PyFloat(0.01))).toBe(false);
    expect(repr(c)).toBe("<Condition(<Lock(owner=MainProcess)>, 0)>");
    expect(await c.wait_for(() => 0, new PyFloat(0.01))).toBe(0);
    expect(await c.wait_for(() => 5, new PyFloat(0.01))).toBe(5);
    c.release();

    let ready = false;
    const waiter = (async () => {
      await c.acquire();
      const result = await c.wait_for(() => ready);
      c.release();
      return result;
    })();
    await new Promise((r) => setTimeout(r, 10));
    await c.acquire();
    ready = true;
    c.notify_all();
    c.release();
    expect(await waiter).toBe(true);
  });
});

describe("Barrier", () => {
  it("breaks on timeout and resets", async () => {
    const b = new Barrier(2);
    expect(repr(b)).toMatch(/^<multiprocessing\.synchronize\.Barrier at 0x[0-9a-f]+: waiters=0\/2>$/);
    expect([b.parties, b.n_waiting, b.broken]).toEqual([2, 0, false]);
    await expect(b.wait(new PyFloat(0.01))).rejects.toBeInstanceOf(BrokenBarrierError);
    expect(b.broken).toBe(true);
    expect(repr(b)).toMatch(/: broken>$/);
    b.reset();
    expect(b.broken).toBe(false);
  });

  it("releases all parties with distinct indexes and runs the action once", async () => {
    let actions = 0;
    const b = new Barrier(3, () => actions++);
    const indexes = await Promise.all([b.wait(), b.wait(), b.wait()]);
    expect(indexes.sort()).toEqual([0, 1, 2]);
    expect(actions).toBe(1);
    expect(await Promise.all([b.wait(), b.wait(), b.wait()])).toHaveLength(3);
  });

  it("abort breaks waiters", async () => {
    const b = new Barrier(2);
    const waiting = b.wait();
    await new Promise((r) => setTimeout(r, 5));
    expect(b.n_waiting).toBe(1);
    b.abort();
    await expect(waiting).rejects.toBeInstanceOf(BrokenBarrierError);
  });
});
