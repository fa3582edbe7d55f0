// threading: Python threads as async tasks. Expected values are what python3 3.11 prints for the
// same program (names, messages, orders fixed by joins and events).
import { describe, expect, it } from "vitest";
import { kw, defineFunction, PyTuple, RuntimeError, ValueError } from "../../src/builtins/index.js";
import * as threading from "../../src/threading.js";
import { sleep } from "../../src/time.js";

function named<F extends Function>(fn: F, sig: string): F {
  return defineFunction(fn, sig);
}

describe("threading.Thread", () => {
  it("names threads as CPython 3.11 does and runs the target with args", async () => {
    const out: unknown[] = [];
    const work = named(function work(a: unknown, b: unknown) {
      out.push([threading.current_thread().name.replace(/\d+/, "N"), a, b]);
    }, "work(a, b=)");
    const t = new threading.Thread(kw({ target: work, args: PyTuple.of(1), kwargs: undefined }));
    expect(t.name).toMatch(/^Thread-\d+ \(work\)$/);
    expect(t.__repr__()).toMatch(/^<Thread\(Thread-\d+ \(work\), initial\)>$/);
    t.start();
    await t.join();
    expect(out).toEqual([["Thread-N (work)", 1, undefined]]);
    expect(t.is_alive()).toBe(false);
    expect(threading.current_thread().name).toBe("MainThread");
  });

  it("raises CPython's RuntimeErrors for misuse", async () => {
    const t = new threading.Thread();
    await expect(t.join()).rejects.toThrow("cannot join thread before it is started");
    t.start();
    await t.join();
    expect(() => t.start()).toThrow(RuntimeError);
    expect(() => t.start()).toThrow("threads can only be started once");
    expect(() => (t.daemon = true)).toThrow("cannot set daemon status of active thread");
    await expect(threading.current_thread().join()).rejects.toThrow("cannot join current thread");
  });

  it("join(timeout) returns while the thread is blocked", async () => {
    const gate = new threading.Event();
    const t = new threading.Thread(kw({ target: () => gate.wait() }));
    t.start();
    await t.join(0.02);
    expect(t.is_alive()).toBe(true);
    expect(threading.active_count()).toBe(2);
    gate.set();
    await t.join();
    expect(t.is_alive()).toBe(false);
  });
});

describe("threading locks", () => {
  it("Lock checks its arguments with CPython's messages", async () => {
    const lock = new threading.Lock();
    expect(() => lock.release()).toThrow("release unlocked lock");
    expect(() => lock.acquire(false, 1)).toThrow(ValueError);
    expect(() => lock.acquire(true, -2)).toThrow("timeout value must be positive");
    expect(await lock.acquire()).toBe(true);
    expect(lock.acquire(false)).toBe(false);
    expect(await lock.acquire(kw({ timeout: 0.01 }))).toBe(false);
  });

  it("RLock belongs to the thread that acquired it", async () => {
    const rlock = new threading.RLock();
    expect(await rlock.acquire()).toBe(true);
    expect(await rlock.acquire()).toBe(true);
    const messages: string[] = [];
    const t = new threading.Thread(
      kw({
        target: () => {
          try {
            rlock.release();
          } catch (e) {
            messages.push(String((e as Error).message));
          }
        },
      }),
    );
    t.start();
    await t.join();
    rlock.release();
    rlock.release();
    expect(messages).toEqual(["cannot release un-acquired lock"]);
  });

  it("a contended Lock serializes threads that sleep while holding it", async () => {
    const lock = new threading.Lock();
    const log: string[] = [];
    const worker = async (name: string) => {
      await lock.acquire();
      log.push(`${name} in`);
      await sleep(0.005);
      log.push(`${name} out`);
      lock.release();
    };
    const threads = ["a", "b"].map((name) => new threading.Thread(kw({ target: worker, args: PyTuple.of(name) })));
    for (const t of threads) t.start();
    for (const t of threads) await t.join();
    expect(log).toEqual(["a in", "a out", "b in", "b out"]);
  });

  it("Condition.wait_for wakes on notify; notify needs the lock", async () => {
    const cond = new threading.Condition();
    const items: number[] = [];
    const got: number[] = [];
    const consumer = new threading.Thread(
      kw({
        target: async () => {
          for (let i = 0; i < 3; i++) {
            await cond.acquire();
            await cond.wait_for(() => items.length > 0);
            got.push(items.shift()!);
            cond.release();
          }
        },
      }),
    );
    consumer.start();
    for (let i = 0; i < 3; i++) {
      await cond.acquire();
      items.push(i * i);
      cond.notify();
      cond.release();
    }
    await consumer.join();
    expect(got).toEqual([0, 1, 4]);
    expect(() => cond.notify()).toThrow("cannot notify on un-acquired lock");
    await expect(cond.wait()).rejects.toThrow("cannot wait on un-acquired lock");
  });

  it("Semaphore and BoundedSemaphore", async () => {
    const sem = new threading.Semaphore(2);
    expect([sem.acquire(false), sem.acquire(false), sem.acquire(false)]).toEqual([true, true, false]);
    expect(() => sem.release(0)).toThrow("n must be one or more");
    expect(() => new threading.Semaphore(-1)).toThrow("semaphore initial value must be >= 0");
    expect(() => sem.acquire(false, 1)).toThrow("can't specify timeout for non-blocking acquire");
    const bounded = new threading.BoundedSemaphore(1);
    expect(() => bounded.release()).toThrow("Semaphore released too many times");
  });

  it("Barrier gives each party an arrival index and runs its action once", async () => {
    let actions = 0;
    const barrier = new threading.Barrier(3, () => actions++);
    const indices: number[] = [];
    const threads = [0, 1, 2].map(
      () => new threading.Thread(kw({ target: async () => indices.push(await barrier.wait()) })),
    );
    for (const t of threads) t.start();
    for (const t of threads) await t.join();
    expect(indices.sort()).toEqual([0, 1, 2]);
    expect(actions).toBe(1);
    barrier.abort();
    await expect(barrier.wait()).rejects.toBeInstanceOf(threading.BrokenBarrierError);
  });

  it("local keeps one attribute set per thread", async () => {
    const data = new threading.local() as Record<string, unknown>;
    data.value = "main";
    const seen: unknown[] = [];
    const t = new threading.Thread(
      kw({
        target: () => {
          seen.push("value" in data);
          data.value = "child";
          seen.push(data.value);
        },
      }),
    );
    t.start();
    await t.join();
    expect(seen).toEqual([false, "child"]);
    expect(data.value).toBe("main");
  });

  it("Timer runs once unless cancelled", async () => {
    const fired: string[] = [];
    const cancelled = new threading.Timer(30, (x: string) => fired.push(x), PyTuple.of("never"));
    cancelled.start();
    cancelled.cancel();
    await cancelled.join();
    const timer = new threading.Timer(0.01, (x: string) => fired.push(x), PyTuple.of("once"));
    timer.start();
    await timer.join();
    expect(fired).toEqual(["once"]);
  });
});

describe("interpreter exit", () => {
  it("runShutdownHooks waits for non-daemon threads, not daemonic ones", async () => {
    const { runShutdownHooks } = await import("../../src/shutdown-hooks.js");
    const go = new threading.Event();
    const never = new threading.Event();
    const log: string[] = [];
    const worker = new threading.Thread(kw({ target: async () => (await go.wait(), log.push("worker done")) }));
    const daemon = new threading.Thread(kw({ target: () => never.wait(), daemon: true }));
    worker.start();
    daemon.start();
    setTimeout(() => go.set(), 10);
    await runShutdownHooks();
    expect(log).toEqual(["worker done"]);
    expect(daemon.is_alive()).toBe(true);
    never.set();
  });
});
