// functools and operator against CPython 3.11's output (values recorded with python3).
import { describe, expect, it } from "vitest";
import { repr, kw, callFunction, callMethod, defineFunction, sorted, add, int, formatExceptionOnly, PyTuple, getattr, pyStr } from "../../src/builtins/index.js";
import * as functools from "../../src/functools.js";
import * as operator from "../../src/operator.js";

function error(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return formatExceptionOnly(e);
  }
  return "no error";
}

describe("functools", () => {
  it("partial binds positions and keywords", () => {
    const f = defineFunction((a: number, b: number, c = 1) => a + b + c, "f(a, b, c=)");
    const p = functools.partial(f, 1, kw({ c: 3 }));
    expect(callFunction(p, [2])).toBe(6);
    const q = functools.partial(int, kw({ base: 2 }));
    expect(callFunction(q, ["101"])).toBe(5);
    expect(repr(q)).toBe("functools.partial(<class 'int'>, base=2)");
    expect(error(() => functools.partial())).toBe("TypeError: type 'partial' takes at least one argument");
    expect(error(() => functools.partial(3))).toBe("TypeError: the first argument must be callable");
  });
  it("reduce", () => {
    expect(functools.reduce(add, [1, 2, 3, 4])).toBe(10);
    expect(functools.reduce(add, [], 0)).toBe(0);
    expect(error(() => functools.reduce(add, []))).toBe("TypeError: reduce() of empty iterable with no initial value");
  });
  it("lru_cache counts hits and misses", () => {
    const g = (functools.lru_cache(kw({ maxsize: 2 })) as (f: unknown) => unknown)(defineFunction((x: number) => x * 2, "g(x)"));
    for (const x of [1, 1, 2, 3]) callFunction(g, [x]);
    expect(pyStr(callMethod(g, "cache_info"))).toBe("CacheInfo(hits=1, misses=3, maxsize=2, currsize=2)");
    callMethod(g, "cache_clear");
    expect(pyStr(callMethod(g, "cache_info"))).toBe("CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)");
    const h = functools.cache(defineFunction((x: number) => x, "h(x)"));
    callFunction(h, [1]);
    callFunction(h, [1]);
    expect(pyStr(callMethod(h, "cache_info"))).toBe("CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)");
  });
  it("cmp_to_key and wraps", () => {
    const key = functools.cmp_to_key((a: number, b: number) => b - a);
    expect(repr(sorted([3, 1, 2], kw({ key })))).toBe("[3, 2, 1]");
    function named() {}
    const w = (functools.wraps(named) as (f: unknown) => unknown)(() => null);
    expect(getattr(w, "__name__")).toBe("named");
    expect(getattr(w, "__wrapped__")).toBe(named);
  });
});

describe("operator", () => {
  it("getters and methodcaller", () => {
    expect(repr(operator.itemgetter(1, 0)("ab"))).toBe("('b', 'a')");
    expect(repr(operator.itemgetter(1, "a"))).toBe("operator.itemgetter(1, 'a')");
    expect(repr(operator.attrgetter("a.b"))).toBe("operator.attrgetter('a.b')");
    expect(repr(operator.methodcaller("f", 1, kw({ k: 2 })))).toBe("operator.methodcaller('f', 1, k=2)");
    expect(operator.methodcaller("upper")("ab")).toBe("AB");
    expect(repr(operator.itemgetter(0)(PyTuple.of(7)))).toBe("7");
  });
  it("sequence helpers and errors", () => {
    expect(operator.countOf([1, 1, 2], 1)).toBe(2);
    expect(operator.indexOf([1, 2], 2)).toBe(1);
    expect(error(() => operator.indexOf([1], 3))).toBe("ValueError: sequence.index(x): x not in sequence");
    expect(error(() => operator.attrgetter(1))).toBe("TypeError: attribute name must be a string");
    expect(error(() => operator.methodcaller())).toBe("TypeError: methodcaller needs at least one argument, the method name");
  });
});
