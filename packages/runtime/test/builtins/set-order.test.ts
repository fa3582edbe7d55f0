// Issue #3: sets iterate in CPython 3.11's hash-table order (expected values from python3).
import { describe, expect, it } from "vitest";
import * as b from "../../src/builtins/index.js";

const T = (...items: unknown[]) => b.PyTuple.of(...items);
const F = (x: number) => new b.PyFloat(x);

describe("set order (issue #3)", () => {
  it("reuses the last dummy on the probe path", () => {
    // python3: s={0,8,16}; s.remove(0); s.remove(8); s.add(24); s.add(1); print(s)
    const s = new b.PySet([0, 8, 16]);
    s.remove(0);
    s.remove(8);
    s.add(24);
    s.add(1);
    expect(b.repr(s)).toBe("{24, 16, 1}");
  });

  it("resizes at 3/5 full and pops from the finger", () => {
    const s = new b.PySet([5, 3, 17, 9, 1, 33]);
    expect(b.repr(s)).toBe("{1, 33, 3, 5, 9, 17}");
    const popped: unknown[] = [];
    while (s.size > 0) popped.push(s.pop());
    expect(popped).toEqual([1, 33, 3, 5, 9, 17]);
  });

  it("builds the set algebra's results as CPython does", () => {
    const a = new b.PySet([1, 2, 3, 4, 5, 40, 72]);
    const c = new b.PySet([4, 5, 6, 7, 8, 72, 136]);
    expect([b.or_(a, c), b.and_(a, c), b.sub(a, c), b.xor(a, c)].map(b.repr)).toEqual([
      "{1, 2, 3, 4, 5, 6, 7, 40, 72, 8, 136}",
      "{72, 4, 5}",
      "{40, 1, 2, 3}",
      "{1, 2, 3, 6, 7, 8, 136, 40}",
    ]);
  });

  it("orders tuples and floats by their CPython hashes", () => {
    // python3: print({(1,2),(3,4),(-1,-1)} | set()) (a constant display)
    expect(b.repr(b.or_(b.constantSet([T(1, 2), T(3, 4), T(-1, -1)]), new b.PySet()))).toBe("{(1, 2), (-1, -1), (3, 4)}");
    expect(b.repr(new b.PySet([F(0.1), F(0.2), F(0.3)]))).toBe("{0.1, 0.3, 0.2}");
  });

  it("folds constant displays through two frozensets", () => {
    // python3: print({0.1, 0.2, 0.3}) — the compiler's constant frozenset, rebuilt, then merged
    expect(b.repr(b.constantSet([F(0.1), F(0.2), F(0.3)]))).toBe("{0.1, 0.2, 0.3}");
  });

  it("hashes frozensets, tuples, big ints and floats as CPython", () => {
    expect(b.pyHash(new b.PyFrozenSet([1, 2, 3]))).toBe(-272375401224217160n);
    expect(b.pyHash(T(1, 2))).toBe(-3550055125485641917n);
    expect(b.pyHash(2n ** 64n)).toBe(8);
    expect(b.pyHash(F(-1.5))).toBe(-1152921504606846977n);
  });

  it("keeps insertion order once a member's hash is run-dependent", () => {
    expect(b.repr(new b.PySet([3, "b", 1, "a"]))).toBe("{3, 'b', 1, 'a'}");
  });

  it("raises when the set changes size during iteration", () => {
    const s = new b.PySet([1, 2, 3]);
    expect(() => {
      for (const x of s) s.add((x as number) + 10);
    }).toThrow("Set changed size during iteration");
  });
});
