// multiprocessing.queues, multiprocessing.connection and the queue module in one thread;
// expected values recorded from python3 3.11.
import { describe, expect, it } from "vitest";
import { kw } from "../../src/builtins/call.js";
import { repr, str } from "../../src/builtins/repr.js";
import { PyBytes } from "../../src/builtins/bytes.js";
import { PyFloat } from "../../src/builtins/float.js";
import { PyTuple } from "../../src/builtins/tuple.js";
import { JoinableQueue, Queue, SimpleQueue } from "../../src/multiprocessing/queues.js";
import { Pipe, wait } from "../../src/multiprocessing/connection.js";
import { Empty, Full, LifoQueue, PriorityQueue, Queue as ThreadQueue } from "../../src/queue.js";

async function error(body: () => unknown): Promise<string> {
  try {
    await body();
  } catch (e) {
    return `${(e as Error).name} ${str(e)}`;
  }
  return "no error";
}

const bytes = (s: string): PyBytes => PyBytes.fromLatin1(s);

describe("Queue", () => {
  it("is bounded FIFO with Empty and Full", async () => {
    const q = new Queue(2);
    await q.put(1);
    q.put_nowait([1, 2]);
    await expect(() => q.put_nowait(3)).toThrow(Full);
    expect([q.qsize(), q.full(), q.empty()]).toEqual([2, true, false]);
    await expect(q.put(3, kw({ timeout: new PyFloat(0.01) }))).rejects.toBeInstanceOf(Full);
    expect(await q.get()).toBe(1);
    expect(q.get_nowait()).toEqual([1, 2]);
    expect(() => q.get_nowait()).toThrow(Empty);
    await expect(q.get(kw({ timeout: new PyFloat(0.01) }))).rejects.toBeInstanceOf(Empty);
    expect(repr(new Empty())).toBe("Empty()");
  });

  it("copies items at put time", async () => {
    const q = new Queue();
    const item = [1];
    await q.put(item);
    item.push(2);
    expect(await q.get()).toEqual([1]);
  });

  it("grows for large items and keeps order across wrap-around", async () => {
    const q = new Queue();
    const big = "x".repeat(200_000);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 50; i++) q.put_nowait(i % 7 === 0 ? big + i : i);
      for (let i = 0; i < 50; i++) expect(await q.get()).toBe(i % 7 === 0 ? big + i : i);
    }
    expect(q.empty()).toBe(true);
  });

  it("wakes a blocked get", async () => {
    const q = new Queue();
    setTimeout(() => q.put_nowait("late"), 5);
    expect(await q.get()).toBe("late");
  });

  it("close and join_thread", async () => {
    const q = new Queue();
    expect(await error(() => q.join_thread())).toMatch(/^AssertionError Queue <multiprocessing\.queues\.Queue object at 0x[0-9a-f]+> not closed$/);
    q.close();
    expect(await error(() => q.put(1))).toMatch(/^ValueError Queue <multiprocessing\.queues\.Queue object at 0x[0-9a-f]+> is closed$/);
    expect(await error(() => q.get())).toMatch(/is closed$/);
    q.join_thread();
  });

  it("JoinableQueue counts tasks", async () => {
    const j = new JoinableQueue();
    await j.put(1);
    const joined = j.join().then(() => "joined");
    expect(await j.get()).toBe(1);
    j.task_done();
    expect(await joined).toBe("joined");
    expect(await error(() => j.task_done())).toBe("ValueError task_done() called too many times");
    expect(repr(j)).toMatch(/^<multiprocessing\.queues\.JoinableQueue object at/);
  });

  it("SimpleQueue", async () => {
    const s = new SimpleQueue();
    s.put(4);
    expect(s.empty()).toBe(false);
    expect(await s.get()).toBe(4);
    expect(s.empty()).toBe(true);
    s.close();
    expect(await error(() => s.get())).toBe("OSError handle is closed");
    expect(await error(() => s.put(1))).toBe("OSError handle is closed");
  });
});

describe("Pipe", () => {
  it("sends objects and bytes both ways", async () => {
    const pair = Pipe();
    expect(pair).toBeInstanceOf(PyTuple);
    const [a, b] = pair as unknown as [ReturnType<typeof Pipe>[0], ReturnType<typeof Pipe>[0]];
    expect([a.readable, a.writable, a.closed]).toEqual([true, true, false]);
    expect(repr(a)).toMatch(/^<multiprocessing\.connection\.Connection object at/);
    a.send([1, "x"]);
    expect(await b.poll()).toBe(true);
    expect(await b.recv()).toEqual([1, "x"]);
    expect([await b.poll(), await b.poll(new PyFloat(0.01))]).toEqual([false, false]);
    a.send_bytes(bytes("hello"), 1, 3);
    expect(repr(await b.recv_bytes())).toBe("b'ell'");
    a.send_bytes(bytes("hello"));
    expect(await error(() => b.recv_bytes(2))).toBe("OSError bad message length");
    expect(await error(() => a.send_bytes(bytes("x"), -1))).toBe("ValueError offset is negative");
    expect(await error(() => a.send_bytes(bytes("x"), 2))).toBe("ValueError buffer length < offset");
    expect(await error(() => a.send_bytes(bytes("x"), 0, -1))).toBe("ValueError size is negative");
    expect(await error(() => a.send_bytes(bytes("x"), 0, 5))).toBe("ValueError buffer length < offset + size");
    expect(await error(() => a.recv_bytes(-1))).toBe("ValueError negative maxlength");
    a.send_bytes(bytes("hello"));
    const small = { bytes: new Uint8Array(3) };
    await expect(b.recv_bytes_into(small)).rejects.toMatchObject({ name: "BufferTooShort" });
    a.send_bytes(bytes("hi"));
    expect(await b.recv_bytes_into(small, 1)).toBe(2);
    expect([...small.bytes]).toEqual([0, 104, 105]);
    expect(await error(() => b.recv_bytes_into(small, -1))).toBe("ValueError negative offset");
    expect(await error(() => b.recv_bytes_into(small, 9))).toBe("ValueError offset too large");
    expect(await error(() => a.send_bytes("s"))).toBe("TypeError memoryview: a bytes-like object is required, not 'str'");
    b.send("back");
    expect(await a.recv()).toBe("back");
  });

  it("simplex ends, EOF and broken pipes", async () => {
    const [r, w] = Pipe(false);
    expect(await error(() => r.send(1))).toBe("OSError connection is read-only");
    expect(await error(() => w.recv())).toBe("OSError connection is write-only");
    expect(await error(() => w.poll())).toBe("OSError connection is write-only");
    w.send(5);
    w.close();
    expect(await r.recv()).toBe(5);
    expect(await error(() => r.recv())).toBe("EOFError ");
    expect(await r.poll()).toBe(true);
    w.close();
    expect(await error(() => w.send(1))).toBe("OSError handle is closed");
    expect(await error(() => w.fileno())).toBe("OSError handle is closed");
    const [c, d] = Pipe();
    d.close();
    expect(await error(() => c.send(1))).toBe("BrokenPipeError [Errno 32] Broken pipe");
  });

  it("wait and context manager", async () => {
    const [e1, e2] = Pipe();
    expect(await wait([e1], new PyFloat(0.01))).toEqual([]);
    e2.send(1);
    expect(await wait([e1, e2], 0)).toEqual([e1]);
    expect(e1.__enter__()).toBe(e1);
    e1.__exit__(null, null, null);
    expect(e1.closed).toBe(true);
  });
});

describe("queue module", () => {
  it("thread queues", async () => {
    const q = new ThreadQueue();
    expect(repr(q)).toMatch(/^<queue\.Queue object at/);
    await q.put(1);
    expect([q.qsize(), await q.get(), q.empty()]).toEqual([1, 1, true]);
    q.task_done();
    expect(await error(() => q.task_done())).toBe("ValueError task_done() called too many times");
    const l = new LifoQueue();
    l.put_nowait(1);
    l.put_nowait(2);
    expect(await l.get()).toBe(2);
    const p = new PriorityQueue();
    p.put_nowait(3);
    p.put_nowait(1);
    p.put_nowait(2);
    expect([await p.get(), await p.get(), await p.get()]).toEqual([1, 2, 3]);
    const one = new ThreadQueue(1);
    one.put_nowait(1);
    await expect(one.put(2, false)).rejects.toBeInstanceOf(Full);
  });
});
