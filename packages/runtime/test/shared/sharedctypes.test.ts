// multiprocessing.sharedctypes in one thread; expected values recorded from python3 3.11.
import { describe, expect, it } from "vitest";
import { kw } from "../../src/builtins/call.js";
import { repr, str } from "../../src/builtins/repr.js";
import { PyBytes, PySlice } from "../../src/builtins/bytes.js";
import { PyFloat } from "../../src/builtins/float.js";
import { Array, RawArray, RawValue, Value, type Synchronized, type SynchronizedArray, type SynchronizedString } from "../../src/multiprocessing/sharedctypes.js";

function error(body: () => unknown): string {
  try {
    body();
  } catch (e) {
    return `${(e as Error).name} ${str(e)}`;
  }
  return "no error";
}

const bytes = (s: string): PyBytes => PyBytes.fromLatin1(s);

describe("Value", () => {
  it("wraps a c_int with an RLock", () => {
    const v = Value("i", 0) as Synchronized;
    expect(repr(v)).toBe("<Synchronized wrapper for c_int(0)>");
    expect(repr(v.get_obj())).toBe("c_int(0)");
    expect(repr(v.get_lock())).toBe("<RLock(None, 0)>");
    v.value = 2 ** 31;
    expect(v.value).toBe(-2147483648);
    v.value = (v.value as number) + 1;
    expect(v.value).toBe(-2147483647);
  });

  it("converts like C for every typecode", () => {
    const cases: [string, unknown, string][] = [
      ["b", 200, "<Synchronized wrapper for c_byte(-56)>"],
      ["B", -1, "<Synchronized wrapper for c_ubyte(255)>"],
      ["h", 70000, "<Synchronized wrapper for c_short(4464)>"],
      ["H", -1, "<Synchronized wrapper for c_ushort(65535)>"],
      ["I", -1, "<Synchronized wrapper for c_uint(4294967295)>"],
      ["l", 2n ** 63n, "<Synchronized wrapper for c_long(-9223372036854775808)>"],
      ["L", -1, "<Synchronized wrapper for c_ulong(18446744073709551615)>"],
      ["q", 2n ** 63n, "<Synchronized wrapper for c_long(-9223372036854775808)>"],
      ["Q", -1, "<Synchronized wrapper for c_ulong(18446744073709551615)>"],
      ["f", new PyFloat(0.1), "<Synchronized wrapper for c_float(0.10000000149011612)>"],
      ["d", new PyFloat(0.1), "<Synchronized wrapper for c_double(0.1)>"],
      ["c", bytes("a"), "<Synchronized wrapper for c_char(b'a')>"],
      ["u", "é", "<Synchronized wrapper for c_wchar('é')>"],
      ["b", 2n ** 70n, "<Synchronized wrapper for c_byte(0)>"],
      ["i", 2n ** 64n, "<Synchronized wrapper for c_int(0)>"],
      ["c", 200, "<Synchronized wrapper for c_char(b'\\xc8')>"],
    ];
    for (const [typecode, value, expected] of cases) expect(repr(Value(typecode, value))).toBe(expected);
    expect(repr((Value("f", 3) as Synchronized).value)).toBe("3.0");
    expect((Value("q", true) as Synchronized).value).toBe(1);
    expect(repr((Value("u") as Synchronized).value)).toBe("'\\x00'");
  });

  it("raw and unlocked values", () => {
    expect(repr(Value("i"))).toBe("<Synchronized wrapper for c_int(0)>");
    expect(repr(RawValue("d", new PyFloat(1.5)))).toBe("c_double(1.5)");
    expect(repr(Value("i", 3, kw({ lock: false })))).toBe("c_int(3)");
  });

  it("raises CPython's errors", () => {
    expect(error(() => Value("z", 1))).toBe("TypeError this type has no size");
    expect(error(() => Value("i", "x"))).toBe("TypeError 'str' object cannot be interpreted as an integer");
    expect(error(() => Value("i", new PyFloat(1.5)))).toBe("TypeError 'float' object cannot be interpreted as an integer");
    expect(error(() => Value("c", "a"))).toBe("TypeError one character bytes, bytearray or integer expected");
    expect(error(() => Value("c", 300))).toBe("TypeError one character bytes, bytearray or integer expected");
    expect(error(() => Value("d", "x"))).toBe("TypeError must be real number, not str");
    expect(error(() => Value("u", "ab"))).toBe("TypeError one character unicode string expected");
    expect(error(() => Value("i", 1, 2))).toBe("TypeError __init__ expected at most 1 argument, got 2");
  });

  it("is a context manager over its lock", async () => {
    const v = Value("i", 5) as Synchronized;
    expect(await v.__enter__()).toBe(true);
    expect(repr(v.get_lock())).toBe("<RLock(MainProcess, 1)>");
    expect(v.__exit__()).toBe(undefined);
  });
});

describe("Array", () => {
  it("indexes, slices and iterates", () => {
    const a = Array("i", 5) as SynchronizedArray;
    expect(repr(a)).toMatch(/^<SynchronizedArray wrapper for <multiprocessing\.sharedctypes\.c_int_Array_5 object at 0x[0-9a-f]+>>$/);
    expect(a.__getitem__(new PySlice(null, null, null))).toEqual([0, 0, 0, 0, 0]);
    expect(a.__len__()).toBe(5);
    a.__setitem__(new PySlice(1, 3, null), [7, 8]);
    expect([...a]).toEqual([0, 7, 8, 0, 0]);
    expect(a.getitem(-1)).toBe(0);
    expect(a.__getitem__(new PySlice(null, null, 2))).toEqual([0, 8, 0]);
    expect(a.__getitem__(new PySlice(1, 10, null))).toEqual([7, 8, 0, 0]);
    a.setitem(0, 2 ** 32 + 5);
    expect(a.getitem(0)).toBe(5);
    expect(error(() => a.__getitem__(9))).toBe("IndexError invalid index");
    expect(error(() => a.__setitem__(9, 1))).toBe("IndexError invalid index");
    expect(error(() => a.__setitem__(new PySlice(0, 2, null), [1]))).toBe("ValueError Can only assign sequence of same size");
    expect(error(() => Array("i", -1))).toBe("ValueError Array length must be >= 0, not -1");
    expect(error(() => Array("i", [1, "x"]))).toBe("TypeError 'str' object cannot be interpreted as an integer");
  });

  it("floats, chars and wide chars", () => {
    const d = Array("d", [1, new PyFloat(2.5)]) as SynchronizedArray;
    expect(repr(d.__getitem__(new PySlice(null, null, null)))).toBe("[1.0, 2.5]");
    const c = Array("c", bytes("hello")) as SynchronizedString;
    expect(repr(c)).toMatch(/^<SynchronizedString wrapper for <multiprocessing\.sharedctypes\.c_char_Array_5 object at/);
    expect(repr(c.value)).toBe("b'hello'");
    expect(repr(c.__getitem__(0))).toBe("b'h'");
    const s = Array("c", bytes("ab")) as SynchronizedString;
    s.value = bytes("z");
    expect([repr(s.raw), repr(s.value)]).toEqual(["b'z\\x00'", "b'z'"]);
    expect(error(() => (s.value = bytes("abc")))).toBe("ValueError byte string too long");
    expect(repr((Array("c", 3) as SynchronizedString).value)).toBe("b''");
    const u = Array("u", "hey") as SynchronizedArray;
    expect(repr(u)).toMatch(/^<SynchronizedArray wrapper for <multiprocessing\.sharedctypes\.c_wchar_Array_3 object/);
    expect(u.__getitem__(new PySlice(null, null, null))).toBe("hey");
    expect(repr(RawArray("i", 3))).toMatch(/^<multiprocessing\.sharedctypes\.c_int_Array_3 object at 0x/);
    expect(repr(Array("i", 2, kw({ lock: false })))).toMatch(/^<multiprocessing\.sharedctypes\.c_int_Array_2 object at/);
  });
});
