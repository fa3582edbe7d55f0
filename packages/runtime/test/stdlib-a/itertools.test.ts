// itertools against CPython 3.11's output (values recorded with python3).
import { describe, expect, it } from "vitest";
import { repr, kw, next, list, formatExceptionOnly, mul, PyTuple } from "../../src/builtins/index.js";
import * as itertools from "../../src/itertools.js";

function error(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return formatExceptionOnly(e);
  }
  return "no error";
}
const all = (it: unknown) => repr(list(it));

describe("itertools", () => {
  it("infinite iterators are lazy and print as CPython", () => {
    expect(all(itertools.islice(itertools.count(10, 2), 5))).toBe("[10, 12, 14, 16, 18]");
    const c = itertools.count(5);
    next(c);
    expect(repr(c)).toBe("count(6)");
    expect(repr(itertools.repeat(3, 2))).toBe("repeat(3, 2)");
    const cyc = itertools.cycle("xy");
    expect([next(cyc), next(cyc), next(cyc)]).toEqual(["x", "y", "x"]);
  });
  it("combinatorics in CPython's order", () => {
    expect(all(itertools.product("ab", kw({ repeat: 2 })))).toBe("[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]");
    expect(all(itertools.permutations([1, 2, 3], 2))).toBe("[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]");
    expect(all(itertools.combinations("abcd", 3))).toBe("[('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'c', 'd'), ('b', 'c', 'd')]");
    expect(all(itertools.combinations_with_replacement("ab", 2))).toBe("[('a', 'a'), ('a', 'b'), ('b', 'b')]");
    expect(all(itertools.permutations([]))).toBe("[()]");
    expect(all(itertools.combinations([1], 2))).toBe("[]");
  });
  it("groupby shares one cursor", () => {
    const g = itertools.groupby("aabbc");
    const [k] = next(g) as PyTuple;
    const [k2, v2] = next(g) as PyTuple;
    expect([k, k2]).toEqual(["a", "b"]);
    expect(all(v2)).toBe("['b', 'b']");
    const g2 = itertools.groupby("aabbc");
    const [, first] = next(g2) as PyTuple;
    next(g2);
    expect(all(first)).toBe("[]");
  });
  it("accumulate, zip_longest, pairwise, tee, compress, starmap", () => {
    expect(all(itertools.accumulate([1, 2, 3, 4], mul))).toBe("[1, 2, 6, 24]");
    expect(all(itertools.accumulate([1, 2, 3], kw({ initial: 10 })))).toBe("[10, 11, 13, 16]");
    expect(all(itertools.zip_longest("ab", "c", kw({ fillvalue: "-" })))).toBe("[('a', 'c'), ('b', '-')]");
    expect(all(itertools.pairwise("abc"))).toBe("[('a', 'b'), ('b', 'c')]");
    const [a, b] = itertools.tee([1, 2, 3]);
    expect(all(a) + all(b)).toBe("[1, 2, 3][1, 2, 3]");
    expect(all(itertools.compress("abcd", [1, 0, 1, 0]))).toBe("['a', 'c']");
    expect(all(itertools.islice("abcdefg", 2, null, 2))).toBe("['c', 'e', 'g']");
  });
  it("raises CPython's errors", () => {
    expect(error(() => itertools.islice("abc", -1))).toBe("ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    expect(error(() => itertools.islice("abc", 0, 5, 0))).toBe("ValueError: Step for islice() must be a positive integer or None.");
    expect(error(() => itertools.permutations([1], -1))).toBe("ValueError: r must be non-negative");
    expect(error(() => itertools.product([1], kw({ repeat: -1 })))).toBe("ValueError: repeat argument cannot be negative");
    expect(error(() => itertools.tee([1], -1))).toBe("ValueError: n must be >= 0");
  });
});
