// ThreadPool (multiprocessing.pool.ThreadPool, multiprocessing.dummy.Pool), context attributes
// called as functions, and misuse that must raise synchronously; expected values from python3.
import { describe, expect, it } from "vitest";
import { kw } from "../../src/builtins/call.js";
import { str } from "../../src/builtins/repr.js";
import { PyTuple } from "../../src/builtins/tuple.js";
import { ThreadPool } from "../../src/multiprocessing/thread-pool.js";
import { Pool as dummyPool } from "../../src/multiprocessing/dummy.js";
import { get_context } from "../../src/multiprocessing/context.js";
import { Condition } from "../../src/multiprocessing/synchronize.js";
import { Queue } from "../../src/multiprocessing/queues.js";
import { Pipe, wait } from "../../src/multiprocessing/connection.js";

const square = (x: number): number => x * x;

describe("ThreadPool", () => {
  it("maps, applies and iterates in order", async () => {
    const pool = new ThreadPool(3);
    expect(await pool.map(square, [0, 1, 2, 3, 4])).toEqual([0, 1, 4, 9, 16]);
    expect(await pool.map(square, [1, 2, 3], 2)).toEqual([1, 4, 9]);
    expect(await pool.apply(Math.max, PyTuple.of(2, 7))).toBe(7);
    expect(await pool.starmap(Math.min, [PyTuple.of(4, 1), PyTuple.of(3, 5)])).toEqual([1, 3]);
    const seen: unknown[] = [];
    for await (const v of pool.imap(square, [5, 6, 7], 2)) seen.push(v);
    expect(seen).toEqual([25, 36, 49]);
    pool.close();
    await pool.join();
    expect(str(pool)).toBe("<multiprocessing.pool.ThreadPool state=CLOSE pool_size=3>");
  });

  it("hands back the task's own exception and calls error_callback", async () => {
    const marker = new Error("boom");
    const errors: unknown[] = [];
    const pool = dummyPool(2);
    const result = pool.apply_async(() => {
      throw marker;
    }, PyTuple.of(), null, null, (e: unknown) => errors.push(e));
    await expect(result.get()).rejects.toBe(marker);
    expect(result.successful()).toBe(false);
    expect(errors).toEqual([marker]);
    pool.terminate();
    await pool.join();
  });

  it("runs the initializer in every worker before tasks", async () => {
    const calls: unknown[] = [];
    const pool = new ThreadPool(kw({ processes: 2, initializer: (tag: string) => calls.push(tag), initargs: PyTuple.of("t") }));
    await pool.map(square, [1]);
    expect(calls).toEqual(["t", "t"]);
    expect(() => new ThreadPool(0)).toThrow("Number of processes must be at least 1");
    pool.terminate();
  });
});

describe("contexts and synchronous misuse errors", () => {
  it("lets ctx.Queue() be called without new", () => {
    const ctx = get_context("spawn");
    const q = (ctx.Queue as unknown as () => Queue)();
    expect(q).toBeInstanceOf(Queue);
    expect(q).toBeInstanceOf(ctx.Queue);
  });

  it("raises from Condition.wait before returning a promise", () => {
    const cond = new Condition();
    expect(() => cond.wait()).toThrow("must acquire() condition before using wait()");
  });

  it("binds wait(object_list, timeout=...) keywords", async () => {
    const [a] = Pipe();
    expect(await wait([a], kw({ timeout: 0.01 }))).toEqual([]);
  });
});
