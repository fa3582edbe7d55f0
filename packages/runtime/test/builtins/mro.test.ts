// Multiple inheritance (#4): C3 linearization, the prototype chain laid out in MRO order,
// pySuper, isinstance/issubclass across copied classes. Expected values from python3.
import { describe, expect, it } from "vitest";
import * as b from "../../src/builtins/index.js";

const names = (cls: unknown) => [...(b.getattr(cls, "__mro__") as unknown[])].map((c) => b.getattr(c, "__name__"));

describe("multipleBases", () => {
  class A extends b.PyObject {
    who(): string {
      return "A";
    }
  }
  class B extends A {
    override who(): string {
      return "B" + b.pySuper(B, this).who();
    }
  }
  class C extends A {
    override who(): string {
      return "C" + b.pySuper(C, this).who();
    }
  }
  class D extends b.multipleBases(B, C) {}

  it("orders the diamond as C3 does: D, B, C, A, object", () => {
    expect(names(D)).toEqual(["D", "B", "C", "A", "object"]);
  });

  it("super() follows the instance's MRO (B's super is C for a D)", () => {
    // class D(B, C): pass; D().who() == "BCA"; B().who() == "BA"
    expect(new D().who()).toBe("BCA");
    expect(new B().who()).toBe("BA");
  });

  it("isinstance and issubclass see every class of the MRO", () => {
    expect(b.isinstance(new D(), B)).toBe(true);
    expect(b.isinstance(new D(), C)).toBe(true);
    expect(b.isinstance(new C(), B)).toBe(false);
    expect(b.issubclass(D, B)).toBe(true);
    expect(b.issubclass(C, B)).toBe(false);
  });

  it("__bases__ are the declared bases", () => {
    expect([...(b.getattr(D, "__bases__") as unknown[])]).toEqual([B, C]);
  });

  it("an inconsistent order is CPython's TypeError", () => {
    // class X: pass; class Y(X): pass; class Z(X, Y): pass
    class X extends b.PyObject {}
    class Y extends X {}
    expect(() => b.multipleBases(X, Y)).toThrow("Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
    expect(() => b.multipleBases(X, X)).toThrow("duplicate base class X");
  });
});

describe("generator", () => {
  function* body(): Generator<unknown, unknown, unknown> {
    try {
      const got = yield 1;
      yield got;
    } finally {
      log.push("finally");
    }
    return "done";
  }
  const log: string[] = [];

  it("send() before the first next() must be None", () => {
    const gen = b.generator(body);
    expect(() => b.callMethod(gen, "send", 5)).toThrow("can't send non-None value to a just-started generator");
  });

  it("send, then return value as StopIteration.value", () => {
    const gen = b.generator(body);
    expect(b.next(gen)).toBe(1);
    expect(b.callMethod(gen, "send", "x")).toBe("x");
    try {
      b.next(gen);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(b.StopIteration);
      expect((e as b.StopIteration).value).toBe("done");
    }
  });

  it("close() runs finally; a JS for-of break does not close", () => {
    log.length = 0;
    const gen = b.generator(body);
    for (const value of gen) {
      expect(value).toBe(1);
      break;
    }
    expect(log).toEqual([]);
    b.callMethod(gen, "close");
    expect(log).toEqual(["finally"]);
    expect(b.typeName(gen)).toBe("generator");
  });

  it("StopIteration escaping the body becomes RuntimeError (PEP 479)", () => {
    const gen = b.generator(function* () {
      yield 1;
      throw new b.StopIteration("oops");
    });
    expect(() => [...gen]).toThrow("generator raised StopIteration");
  });
});
