// asyncio basics on Node's loop, and joblib's sequential and threading backends.
import { describe, expect, it } from "vitest";
import { kw, ValueError, TimeoutError } from "../../src/builtins/index.js";
import * as asyncio from "../../src/asyncio.js";
import { Parallel, delayed } from "../../src/joblib.js";

describe("asyncio", () => {
  it("run, gather (results in argument order) and interleaving at sleep(0)", async () => {
    const log: string[] = [];
    const step = async (name: string, value: number) => {
      log.push(`start ${name}`);
      await asyncio.sleep(0);
      log.push(`end ${name}`);
      return value * 10;
    };
    const main = async () => asyncio.gather(step("a", 1), step("b", 2));
    expect(await asyncio.run(main())).toEqual([10, 20]);
    expect(log).toEqual(["start a", "start b", "end a", "end b"]);
    await expect(asyncio.run(1)).rejects.toThrow("a coroutine was expected, got 1");
  });

  it("wait_for times out with the builtin TimeoutError", async () => {
    await expect(asyncio.wait_for(asyncio.sleep(10), 0.01)).rejects.toBeInstanceOf(TimeoutError);
    expect(await asyncio.wait_for(asyncio.sleep(0, "ok"), 1)).toBe("ok");
  });

  it("Queue, Lock, Semaphore messages", async () => {
    const q = new asyncio.Queue(kw({ maxsize: 1 }));
    await q.put(1);
    expect(() => q.put_nowait(2)).toThrow(asyncio.QueueFull);
    expect(await q.get()).toBe(1);
    expect(() => q.get_nowait()).toThrow(asyncio.QueueEmpty);
    expect(() => new asyncio.Lock().release()).toThrow("Lock is not acquired.");
    expect(() => new asyncio.Semaphore(-1)).toThrow("Semaphore initial value must be >= 0");
    expect(() => new asyncio.BoundedSemaphore(1).release()).toThrow("BoundedSemaphore released too many times");
  });

  it("create_task returns an awaitable Task", async () => {
    const task = asyncio.create_task((async () => 7)());
    expect(await task).toBe(7);
    expect([task.done(), task.result()]).toEqual([true, 7]);
    expect(task.get_name()).toMatch(/^Task-\d+$/);
  });
});

describe("joblib", () => {
  const square = (x: number, p: unknown = 2) => x ** (p as number);

  it("runs delayed calls in order, sequentially or on threads", async () => {
    expect(await new Parallel(kw({ n_jobs: 1 })).__call__([0, 1, 2].map((i) => delayed(square)(i)))).toEqual([0, 1, 4]);
    const threads = new Parallel(kw({ n_jobs: 2, prefer: "threads" }));
    expect(await threads.__call__([1, 2, 3].map((i) => delayed(square)(i)))).toEqual([1, 4, 9]);
    expect(new Parallel(kw({ n_jobs: 2 })).__repr__()).toBe("Parallel(n_jobs=2)");
  });

  it("rejects n_jobs=0 and unknown backends as joblib does", async () => {
    await expect(new Parallel(kw({ n_jobs: 0 })).__call__([delayed(square)(1)])).rejects.toThrow(
      "n_jobs == 0 in Parallel has no meaning",
    );
    expect(() => new Parallel(kw({ n_jobs: 2, backend: "nope" }))).toThrow(ValueError);
    expect(() => new Parallel(kw({ n_jobs: 2, backend: "nope" }))).toThrow(
      "Invalid backend: nope, expected one of ['loky', 'multiprocessing', 'sequential', 'threading']",
    );
  });
});
