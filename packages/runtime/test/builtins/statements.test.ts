// Statement helpers the transpiler emits; messages from python3 (see comments).
import { describe, expect, it } from "vitest";
import * as b from "../../src/builtins/index.js";

function error(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return b.formatExceptionOnly(e);
  }
  return "no error";
}

describe("statement helpers", () => {
  it("unpack like CPython", () => {
    expect(error(() => b.unpack([1], 2))).toBe("ValueError: not enough values to unpack (expected 2, got 1)");
    expect(error(() => b.unpack([1, 2, 3], 2))).toBe("ValueError: too many values to unpack (expected 2)");
    expect(error(() => b.unpack(5, 2))).toBe("TypeError: cannot unpack non-iterable int object");
    expect(error(() => b.unpack("xyz", 2))).toBe("ValueError: too many values to unpack (expected 2)");
    expect(error(() => b.unpackStarred([1], 1, 1))).toBe("ValueError: not enough values to unpack (expected at least 2, got 1)");
    expect(b.repr(b.unpackStarred(b.PyTuple.of(1, 2, 3, 4), 1, 1))).toBe("[1, [2, 3], 4]");
    expect([...b.unpackEach(new b.PyDict([["a", 1]]).items(), 2)]).toEqual([["a", 1]]);
  });
  it("with, raise, names", () => {
    expect(error(() => b.enterContext(5))).toBe("TypeError: 'int' object does not support the context manager protocol");
    expect(error(() => { throw b.raisable(5); })).toBe("TypeError: exceptions must derive from BaseException");
    expect(error(() => { throw b.raisable(b.ValueError); })).toBe("ValueError");
    expect(error(() => b.nameError("x"))).toBe("NameError: name 'x' is not defined");
    const log: unknown[] = [];
    const m = { __enter__: () => "v", __exit__: (t: unknown, v: unknown) => (log.push(b.repr(t), b.repr(v)), true) };
    expect(b.enterContext(m)).toBe("v");
    expect(b.exitContext(m, new b.KeyError("k"))).toBe(true);
    expect(log).toEqual(["<class 'KeyError'>", "KeyError('k')"]);
  });
  it("PyObject calls __init__ and classAttributes are shadowed per instance", () => {
    class C extends b.PyObject {
      declare x: unknown;
      __init__(x: unknown) {
        this.x = x;
      }
    }
    class N extends b.PyObject {}
    class S extends C {
      declare y: unknown;
      override __init__(x: unknown) {
        this.y = 1;
        super.__init__(x);
      }
    }
    const s = new S(7) as S;
    expect([s.x, s.y]).toEqual([7, 1]);
    expect((new C(5) as C).x).toBe(5);
    // python3: class C: pass; C(1) -> TypeError: C() takes no arguments
    expect(error(() => new N(1))).toBe("TypeError: N() takes no arguments");
    expect(error(() => b.object(1))).toBe("TypeError: object() takes no arguments");
    class K extends b.PyObject {
      static count = 1;
    }
    b.classAttributes(K, ["count"]);
    const k1 = new K() as K & { count: number };
    const k2 = new K() as K & { count: number };
    k1.count = 5;
    expect([k1.count, k2.count, K.count]).toEqual([5, 1, 1]);
    K.count = 2;
    expect(k2.count).toBe(2);
    expect(b.repr(new N())).toMatch(/^<__main__\.N object at 0x[0-9a-f]+>$/);
  });
  it("exception subclasses run their __init__", () => {
    class E extends b.Exception {
      declare code: unknown;
      override __init__(code: unknown) {
        super.__init__(`code ${b.str(code)}`);
        this.code = code;
      }
    }
    const e = new E(3) as E;
    // python3: class E(Exception): def __init__(s, c): super().__init__(f"code {c}"); s.code = c
    expect([b.repr(e), e.code, b.formatExceptionOnly(e)]).toEqual(["E('code 3')", 3, "E: code 3"]);
  });
});
