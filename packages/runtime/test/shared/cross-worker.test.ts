// Shared objects used from real worker_threads: each handle is reduced in this thread, rebuilt in
// the worker on the same memory (fixtures/worker.mjs, compiled runtime in dist/), and both sides
// operate on it. Needs `pnpm exec tsc -p packages/runtime` first.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { findHandleType } from "../../src/multiprocessing/handles.js";
import { Barrier, BoundedSemaphore, Condition, Event, Lock } from "../../src/multiprocessing/synchronize.js";
import { Array as SharedArray, RawValue, Value, type CValue, type Synchronized } from "../../src/multiprocessing/sharedctypes.js";
import { JoinableQueue, Queue } from "../../src/multiprocessing/queues.js";
import { Pipe } from "../../src/multiprocessing/connection.js";
import { ShareableList, SharedMemory } from "../../src/multiprocessing/shm.js";
import { kw } from "../../src/builtins/call.js";
import { PyFloat } from "../../src/builtins/float.js";
import { repr } from "../../src/builtins/repr.js";
import type { SynchronizedArray } from "../../src/multiprocessing/sharedctypes.js";

const fixture = new URL("./fixtures/worker.mjs", import.meta.url);
let nextPid = 900_000;

function run(scenario: string, handles: object[], args: Record<string, unknown> = {}): Promise<unknown> {
  const wire = handles.map((handle) => {
    const type = findHandleType(handle);
    if (type === undefined) throw new Error(`no handle type for ${String(handle)}`);
    return { type: type.name, state: type.reduce(handle).state };
  });
  const worker = new Worker(fixture, { workerData: { scenario, handles: wire, args, pid: nextPid++ } });
  return new Promise((resolve, reject) => {
    worker.once("message", (message: { result: unknown }) => resolve(message.result));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker exited with ${code} before reporting`)));
  });
}

describe("across workers", () => {
  it("a Value under its lock reaches the exact total from 4 workers", async () => {
    const counter = Value("i", 0) as Synchronized;
    await Promise.all([0, 1, 2, 3].map(() => run("counter", [counter], { n: 2000 })));
    expect(counter.value).toBe(8000);
  });

  it("a Lock serialises read-modify-write with the main thread taking part", async () => {
    const lock = new Lock();
    const raw = RawValue("q", 0) as CValue;
    const workers = [0, 1, 2].map(() => run("lockedRaw", [lock, raw], { n: 1000 }));
    for (let i = 0; i < 1000; i++) {
      await lock.acquire();
      raw.value = (raw.value as number) + 1;
      lock.release();
    }
    await Promise.all(workers);
    expect(raw.value).toBe(4000);
  });

  it("a BoundedSemaphore admits at most its value at once", async () => {
    const semaphore = new BoundedSemaphore(2);
    const current = RawValue("i", 0) as CValue;
    const highest = RawValue("i", 0) as CValue;
    await Promise.all([0, 1, 2, 3].map(() => run("semaphoreMax", [semaphore, current, highest], { n: 20 })));
    expect(highest.value).toBeLessThanOrEqual(2);
    expect(semaphore.get_value()).toBe(2);
  });

  it("a Queue keeps each producer's order across many producers and consumers", async () => {
    const queue = new Queue(5);
    const consumers = [0, 1].map(() => run("consume", [queue]));
    await Promise.all([0, 1, 2].map((id) => run("produce", [queue], { n: 200, id })));
    await queue.put(null);
    await queue.put(null);
    const got = (await Promise.all(consumers)) as [number, number][][];
    expect(got.flat()).toHaveLength(600);
    for (const consumer of got) {
      for (const id of [0, 1, 2]) {
        const seq = consumer.filter(([p]) => p === id).map(([, i]) => i);
        expect(seq).toEqual([...seq].sort((a, b) => a - b));
      }
    }
  });

  it("JoinableQueue.join returns once a worker has marked every task done", async () => {
    const queue = new JoinableQueue();
    for (let i = 0; i < 50; i++) await queue.put(i);
    await queue.put(null);
    const worker = run("joinableWorker", [queue]);
    await queue.join();
    expect(queue.empty()).toBe(true);
    await worker;
  });

  it("Pipe ping-pong", async () => {
    const [here, there] = Pipe() as unknown as ReturnType<typeof Pipe>[0][];
    const worker = run("pong", [there]);
    let n = 0;
    for (let i = 0; i < 100; i++) {
      here!.send(n);
      n = (await here!.recv()) as number;
    }
    here!.send(null);
    await worker;
    expect(n).toBe(100);
  });

  it("recv raises EOFError after a child sent and exited and the parent closed its copy", async () => {
    const [reader, writer] = Pipe(false) as unknown as ReturnType<typeof Pipe>[0][];
    const worker = run("sendThenExit", [writer], { items: [1, "two", [3]] });
    writer!.close();
    await worker;
    const got: unknown[] = [];
    await expect(
      (async () => {
        for (;;) got.push(await reader!.recv());
      })(),
    ).rejects.toMatchObject({ name: "EOFError" });
    expect(got).toEqual([1, "two", [3]]);
  });

  it("a Barrier releases parties in several workers and the main thread", async () => {
    const barrier = new Barrier(4);
    const go = new Event();
    const workers = [0, 1, 2].map(() => run("barrier", [barrier, go]));
    const mine = await barrier.wait();
    go.set();
    const indexes = [mine, ...((await Promise.all(workers)) as number[])];
    expect(indexes.sort()).toEqual([0, 1, 2, 3]);
  });

  it("a Condition wakes the main thread when a worker notifies", async () => {
    const condition = new Condition();
    const flag = RawValue("i", 0) as CValue;
    await condition.acquire();
    const worker = run("notifyAfter", [condition, flag]);
    const result = await condition.wait_for(() => flag.value === 1);
    condition.release();
    await worker;
    expect(result).toBe(true);
  });

  it("a SharedMemory segment written by a worker is seen here, also attached by name", async () => {
    const shm = new SharedMemory(kw({ create: true, size: 8 }));
    await run("fillShm", [shm], { value: 7 });
    expect(shm.buf!.tolist()).toEqual([7, 7, 7, 7, 7, 7, 7, 7]);
    expect(new SharedMemory(shm.name).buf!.__getitem__(3)).toBe(7);
    shm.unlink();
  });

  it("a bounded Queue's blocked put is released by a consumer in a worker", async () => {
    const queue = new Queue(2);
    const consumer = run("consumeN", [queue], { n: 30 });
    for (let i = 0; i < 30; i++) await queue.put(i);
    expect(await consumer).toEqual([...Array(30).keys()]);
  });

  it("an Array of doubles changed by a worker under its lock", async () => {
    const array = SharedArray("d", [1, new PyFloat(2.5), 4]) as SynchronizedArray;
    await run("scaleArray", [array], { factor: 2 });
    expect(repr([...array])).toBe("[2.0, 5.0, 8.0]");
  });

  it("large messages through a Pipe", async () => {
    const [here, there] = Pipe() as unknown as ReturnType<typeof Pipe>[0][];
    const length = 3_000_000;
    await run("sendBig", [there], { length });
    expect(((await here!.recv()) as string).length).toBe(length);
    const raw = await here!.recv_bytes();
    expect([raw.bytes.length, raw.bytes[length - 1]]).toEqual([length, 7]);
  });

  it("a ShareableList changed by a worker", async () => {
    const list = new ShareableList([41, "0123456789"]);
    await run("shareableSet", [list]);
    expect([...list]).toEqual([42, "from child"]);
    list.shm.unlink();
  });
});
