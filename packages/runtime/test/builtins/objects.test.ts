// User classes meeting builtins: __eq__/__hash__ dict keys, dunder dispatch, attributes.
// Expected values from python3 (the equivalent Python is in each comment).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import * as b from "../../src/builtins/index.js";

class P {
  constructor(readonly x: number) {}
  __eq__(o: unknown) {
    return o instanceof P && this.x === o.x;
  }
  __hash__() {
    return b.hash(this.x);
  }
}

describe("user objects", () => {
  it("are dict keys through __hash__ and __eq__", () => {
    // d = {P(1): 'a', P(2): 'b'}; d[P(1)] = 'c' -> len 2, d[P(1)] 'c', P(2) in d True, P(3) in d False
    const d = new b.PyDict<unknown, string>([[new P(1), "a"], [new P(2), "b"]]);
    d.set(new P(1), "c");
    expect([b.len(d), d.__getitem__(new P(1)), d.has(new P(2)), d.has(new P(3))]).toEqual([2, "c", true, false]);
    d.delete(new P(1));
    expect(d.has(new P(1))).toBe(false);
    // {(P(1), 2): 'k'}[(P(1), 2)] -> 'k'
    const t = new b.PyDict([[b.PyTuple.of(new P(1), 2), "k"]]);
    expect(b.getitem(t, b.PyTuple.of(new P(1), 2))).toBe("k");
  });
  it("names classes and reports missing attributes like CPython", () => {
    class E extends b.ValueError {}
    class Q {}
    expect(b.getattr(b.type(new E()), "__name__")).toBe("E");
    expect(b.getattr(E, "__module__")).toBe("__main__");
    expect(b.getattr(b.ValueError, "__module__")).toBe("builtins");
    expect(b.formatExceptionOnly(catchIt(() => b.getattr(E, "foo")))).toBe("AttributeError: type object 'E' has no attribute 'foo'");
    expect(b.formatExceptionOnly(catchIt(() => b.getattr(new Q(), "foo")))).toBe("AttributeError: 'Q' object has no attribute 'foo'");
    expect(b.isinstance(new E(), b.PyTuple.of(b.KeyError, b.ValueError))).toBe(true);
    expect(b.issubclass(E, b.Exception)).toBe(true);
  });
  it("dispatch operators and truth to dunders", () => {
    class V {
      constructor(readonly n: number) {}
      __add__(o: unknown) {
        return o instanceof V ? new V(this.n + o.n) : b.NotImplemented;
      }
      __radd__(o: unknown) {
        return typeof o === "number" ? new V(this.n + o) : b.NotImplemented;
      }
      __lt__(o: V) {
        return this.n < o.n;
      }
      __len__() {
        return this.n;
      }
      __repr__() {
        return `V(${this.n})`;
      }
    }
    expect(b.repr(b.add(new V(1), new V(2)))).toBe("V(3)");
    expect(b.repr(b.sum([new V(1), new V(2)]))).toBe("V(3)");
    expect(b.repr(b.sorted([new V(2), new V(1)]))).toBe("[V(1), V(2)]");
    expect(b.truth(new V(0))).toBe(false);
    // class V: ... ; V(1) + 'a' -> TypeError: unsupported operand type(s) for +: 'V' and 'str'
    expect(b.formatExceptionOnly(catchIt(() => b.add(new V(1), "a")))).toBe("TypeError: unsupported operand type(s) for +: 'V' and 'str'");
    expect(b.callMethod(new V(3), "__len__")).toBe(3);
  });
});

describe("correctly rounded float pow (data/pow.json)", () => {
  it("matches glibc through CPython", () => {
    const rows: [string, number, string][] = JSON.parse(readFileSync(new URL("./data/pow.json", import.meta.url), "utf8"));
    const fromHex = (hex: string): number => {
      const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(hex)!;
      const v = Number(BigInt(`0x${m[2]}${m[3]!.padEnd(13, "0")}`)) * 2 ** (Number(m[4]) - 52);
      return m[1] ? -v : v;
    };
    const bad: string[] = [];
    for (const [x, y, want] of rows) {
      const yy = Number.isInteger(y) ? y : new b.PyFloat(y);
      let got: string;
      try {
        got = b.repr(b.pow(new b.PyFloat(fromHex(x)), yy));
      } catch (e) {
        got = b.formatExceptionOnly(e);
      }
      if (got !== want && !(want.startsWith("(") && got.startsWith("NotImplementedError"))) bad.push(`${x}**${y}: ${got} != ${want}`);
    }
    expect(bad).toEqual([]);
  });
});

function catchIt(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

describe("hashability", () => {
  it("a class with __eq__ and no __hash__ is unhashable", () => {
    // python3: class A: def __eq__(s, o): return True  ->  hash(A()): TypeError: unhashable type: 'A'
    class A {
      __eq__() {
        return true;
      }
    }
    expect(b.formatExceptionOnly(catchIt(() => b.hash(new A())))).toBe("TypeError: unhashable type: 'A'");
    expect(b.formatExceptionOnly(catchIt(() => new b.PyDict([[new A(), 1]])))).toBe("TypeError: unhashable type: 'A'");
  });
});
