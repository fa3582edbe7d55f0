// #7 signal's IntEnum members behave as ints; #4 coroutine objects start when awaited or when a
// Task first runs them, not when called.
import { describe, expect, it } from "vitest";
import { add, eq, neg, repr, str, format, hash, PySet, contains, coroutine, awaitable } from "../../src/builtins/index.js";
import * as signal from "../../src/signal.js";
import * as asyncio from "../../src/asyncio.js";
import { kill, getpid } from "../../src/os.js";

describe("signal", () => {
  it("Signals members are ints that print as ints and repr as members", () => {
    expect(str(signal.SIGTERM)).toBe("15");
    expect(repr(signal.SIGKILL)).toBe("<Signals.SIGKILL: 9>");
    expect(format(signal.SIGTERM, ">4")).toBe("  15");
    expect(eq(signal.SIGTERM, 15) && eq(15, signal.SIGTERM)).toBe(true);
    expect(neg(signal.SIGUSR1)).toBe(-10);
    expect(add(20, signal.SIGTERM)).toBe(35);
    expect(hash(signal.SIGTERM)).toBe(15);
    expect(contains(new PySet([signal.SIGRTMAX]), 64)).toBe(true);
    expect(new signal.Signals(6)).toBe(signal.SIGABRT);
    expect(signal.SIGIOT).toBe(signal.SIGABRT);
  });

  it("a handler runs at once for a signal the process sends itself", () => {
    const got: unknown[] = [];
    const previous = signal.signal(signal.SIGUSR2, (signum: unknown) => got.push(signum));
    expect(previous).toBe(signal.SIG_DFL);
    kill(getpid(), signal.SIGUSR2);
    expect(got).toEqual([12]);
    signal.signal(signal.SIGUSR2, signal.SIG_DFL);
    expect(() => signal.signal(signal.SIGKILL, signal.SIG_IGN)).toThrow("Invalid argument");
  });
});

describe("coroutines", () => {
  it("start when awaited, or when a Task is first scheduled", async () => {
    const log: string[] = [];
    const job = (n: number) => coroutine(async () => (log.push(`job ${n}`), n), "job");
    const created = job(1);
    expect(log).toEqual([]);
    const task = asyncio.create_task(job(2));
    log.push("task created");
    expect(await awaitable(created)).toBe(1);
    expect(await task).toBe(2);
    expect(log).toEqual(["task created", "job 1", "job 2"]);
    await expect(awaitable(created)).rejects.toThrow("cannot reuse already awaited coroutine");
  });
});
