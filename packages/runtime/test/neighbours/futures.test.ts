// concurrent.futures over Python threads: Future states, executor submit/map/shutdown, wait and
// as_completed, with CPython's messages.
import { describe, expect, it } from "vitest";
import { kw, ValueError, TimeoutError } from "../../src/builtins/index.js";
import * as cf from "../../src/concurrent/futures.js";
import * as threading from "../../src/threading.js";

const square = (x: number) => x * x;

describe("concurrent.futures.Future", () => {
  it("moves through CPython's states", async () => {
    const f = new cf.Future();
    expect([f.done(), f.running(), f.cancelled()]).toEqual([false, false, false]);
    await expect(f.result(0)).rejects.toBeInstanceOf(TimeoutError);
    expect(f.set_running_or_notify_cancel()).toBe(true);
    expect(f.cancel()).toBe(false);
    f.set_result(5);
    expect(await f.result()).toBe(5);
    expect(await f.exception()).toBe(null);
    expect(() => f.set_result(6)).toThrow(cf.InvalidStateError);
    const g = new cf.Future();
    expect([g.cancel(), g.cancelled(), g.done()]).toEqual([true, true, true]);
    await expect(g.result()).rejects.toBeInstanceOf(cf.CancelledError);
  });
});

describe("ThreadPoolExecutor", () => {
  it("submits, maps in order and names its threads", async () => {
    const ex = new cf.ThreadPoolExecutor(kw({ max_workers: 1, thread_name_prefix: "w" }));
    const futures = [0, 1, 2, 3].map((i) => ex.submit(square, i));
    expect(await Promise.all(futures.map((f) => f.result()))).toEqual([0, 1, 4, 9]);
    expect([...(await ex.map(square, [4, 5]))]).toEqual([16, 25]);
    expect(await ex.submit(() => threading.current_thread().name).result()).toBe("w_0");
    await ex.shutdown();
    expect(() => ex.submit(square, 1)).toThrow("cannot schedule new futures after shutdown");
  });

  it("stores a task's exception; map raises it at its position", async () => {
    const ex = new cf.ThreadPoolExecutor(2);
    const check = (x: number) => {
      if (x === 3) throw new ValueError("three");
      return x;
    };
    const f = ex.submit(check, 3);
    expect((await f.exception() as ValueError).__str__()).toBe("three");
    const it = await ex.map(check, [1, 3, 4]);
    expect(it.next().value).toBe(1);
    expect(() => it.next()).toThrow("three");
    await ex.shutdown();
    expect(() => new cf.ThreadPoolExecutor(0)).toThrow("max_workers must be greater than 0");
  });

  it("wait(FIRST_COMPLETED) and as_completed follow completion order", async () => {
    const gate = new threading.Event();
    const ex = new cf.ThreadPoolExecutor(2);
    const slow = ex.submit(async () => {
      await gate.wait();
      return "late";
    });
    const fast = ex.submit(() => "early");
    const first = await cf.wait([slow, fast], kw({ return_when: cf.FIRST_COMPLETED }));
    expect([first.done.__len__(), first.not_done.__len__()]).toEqual([1, 1]);
    const order: unknown[] = [];
    const watching = (async () => {
      for await (const f of cf.as_completed([slow, fast])) order.push(await f.result());
    })();
    gate.set();
    await watching;
    expect(order).toEqual(["early", "late"]);
    await ex.shutdown();
  });

  it("as_completed raises TimeoutError naming the unfinished count", async () => {
    const f = new cf.Future();
    const it = cf.as_completed([f], 0.01);
    await expect(it.next()).rejects.toThrow("1 (of 1) futures unfinished");
  });

  it("shutdown(cancel_futures=True) cancels queued work", async () => {
    const gate = new threading.Event();
    const ex = new cf.ThreadPoolExecutor(1);
    const first = ex.submit(() => gate.wait());
    const queued = [ex.submit(square, 2), ex.submit(square, 3)];
    gate.set();
    await ex.shutdown(true, kw({ cancel_futures: true }));
    expect(await first.result()).toBe(true);
    expect(queued.map((f) => f.cancelled())).toEqual([true, true]);
  });
});
