// multiprocessing.shared_memory.SharedMemory in one thread; messages recorded from python3 3.11.
import { describe, expect, it } from "vitest";
import { kw } from "../../src/builtins/call.js";
import { repr, str } from "../../src/builtins/repr.js";
import { PyBytes, PySlice } from "../../src/builtins/bytes.js";
import { PyFloat } from "../../src/builtins/float.js";
import { SharedMemory, ShareableList, type SharedMemoryView } from "../../src/multiprocessing/shm.js";

function error(body: () => unknown): string {
  try {
    body();
  } catch (e) {
    return `${(e as Error).name} ${str(e)}`;
  }
  return "no error";
}

describe("SharedMemory", () => {
  it("creates, attaches by name and shares bytes", () => {
    const s = new SharedMemory(kw({ create: true, size: 10 }));
    expect(s.name).toMatch(/^psm_[0-9a-f]{8}$/);
    expect(s.size).toBe(10);
    expect(repr(s)).toBe(`SharedMemory('${s.name}', size=10)`);
    const buf = s.buf!;
    buf.__setitem__(new PySlice(null, 3, null), PyBytes.fromLatin1("abc"));
    expect(repr((buf.__getitem__(new PySlice(null, 4, null)) as SharedMemoryView).tobytes())).toBe("b'abc\\x00'");
    expect(buf.__getitem__(0)).toBe(97);
    const t = new SharedMemory(s.name);
    expect(repr(t.buf!.__getitem__(new PySlice(null, 3, null)) as SharedMemoryView)).toMatch(/^<memory at 0x/);
    expect((t.buf!.__getitem__(new PySlice(null, 3, null)) as SharedMemoryView).tolist()).toEqual([97, 98, 99]);
    expect(error(() => new SharedMemory(s.name, true, 5))).toBe(`FileExistsError [Errno 17] File exists: '/${s.name}'`);
    t.close();
    s.close();
    expect(s.buf).toBe(null);
    s.unlink();
    expect(error(() => new SharedMemory(s.name))).toBe(`FileNotFoundError [Errno 2] No such file or directory: '/${s.name}'`);
  });

  it("raises CPython's errors", () => {
    expect(error(() => new SharedMemory(kw({ create: true, size: 0 })))).toBe("ValueError 'size' must be a positive number different from zero");
    expect(error(() => new SharedMemory(kw({ create: true, size: -1 })))).toBe("ValueError 'size' must be a positive integer");
    expect(error(() => new SharedMemory())).toBe("ValueError 'name' can only be None if create=True");
    const s = new SharedMemory(null, true, 4);
    const buf = s.buf!;
    expect(error(() => buf.__setitem__(new PySlice(0, 2, null), PyBytes.fromLatin1("abc")))).toBe(
      "ValueError memoryview assignment: lvalue and rvalue have different structures",
    );
    expect(error(() => buf.__setitem__(0, 300))).toBe("ValueError memoryview: invalid value for format 'B'");
    expect(error(() => buf.__getitem__(9))).toBe("IndexError index out of bounds on dimension 1");
    expect(error(() => buf.__setitem__(new PySlice(0, 2, null), "ab"))).toBe("TypeError a bytes-like object is required, not 'str'");
    s.unlink();
  });
});

describe("ShareableList", () => {
  it("stores typed items in fixed slots", () => {
    const l = new ShareableList([1, new PyFloat(2.5), "hi", PyBytes.fromLatin1("by"), null, true, -3]);
    expect(repr(l)).toBe(`ShareableList([1, 2.5, 'hi', b'by', None, True, -3], name='${l.shm.name}')`);
    expect([l.__len__(), l.format]).toEqual([7, "qd8s8sxxxxxx?xxxxxxxx?q"]);
    l.__setitem__(2, "abcdefgh");
    expect(l.__getitem__(2)).toBe("abcdefgh");
    expect(error(() => l.__setitem__(2, "abcdefghi"))).toBe("ValueError bytes/str item exceeds available storage");
    expect(error(() => l.__getitem__(9))).toBe("IndexError index out of range");
    expect(error(() => l.__setitem__(9, 1))).toBe("IndexError assignment index out of range");
    expect(error(() => new ShareableList([[1]]))).toBe("KeyError <class 'list'>");
    expect(error(() => new ShareableList([2n ** 64n]))).toBe("error argument out of range");
    l.__setitem__(0, "xy");
    expect([l.__getitem__(0), l.format]).toEqual(["xy", "8sd8s8sxxxxxx?xxxxxxxx?q"]);
    expect([l.count(1), l.index(new PyFloat(2.5))]).toEqual([1, 1]);
    expect(error(() => l.index(99))).toBe("ValueError 99 not in this container");
    const m = new ShareableList(kw({ name: l.shm.name }));
    expect(repr([...m])).toBe("['xy', 2.5, 'abcdefgh', b'by', None, True, -3]");
    const e = new ShareableList();
    expect(e.__len__()).toBe(0);
    const u = new ShareableList(["é"]);
    expect(u.format).toBe("8s");
    u.__setitem__(0, "aé");
    expect(u.__getitem__(0)).toBe("aé");
    for (const x of [l, e, u]) x.shm.unlink();
  });
});
