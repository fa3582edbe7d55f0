// RLock/Lock ownership per (process, thread) once a threading module installs task identities:
// two async tasks in one isolate are different owners.
import { afterEach, describe, expect, it } from "vitest";
import { repr } from "../../src/builtins/repr.js";
import { RLock, Lock, setTaskIdentity } from "../../src/multiprocessing/synchronize.js";

let current = 0;
const names = ["MainThread", "Thread-1"];

afterEach(() => setTaskIdentity({ currentTaskId: () => 0, currentThreadName: () => "MainThread" }));

describe("task identity", () => {
  it("an RLock held by one task blocks another task of the same process", async () => {
    setTaskIdentity({ currentTaskId: () => current, currentThreadName: () => names[current]! });
    const lock = new RLock();
    current = 1;
    await lock.acquire();
    await lock.acquire();
    expect(repr(lock)).toBe("<RLock(MainProcess|Thread-1, 2)>");
    current = 0;
    expect(repr(lock)).toBe("<RLock(SomeOtherThread, nonzero)>");
    expect(await lock.acquire(false)).toBe(false);
    const plain = new Lock();
    current = 1;
    await plain.acquire();
    current = 0;
    expect(repr(plain)).toBe("<Lock(owner=SomeOtherThread)>");
  });
});
