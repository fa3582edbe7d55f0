// bindArguments / callFunction: TypeError messages copied from python3 (see the cases' comments).
import { describe, expect, it } from "vitest";
import { bindArguments, callFunction, defineFunction, kw, formatExceptionOnly, PyTuple, PyDict, repr, type Signature, type Param } from "../../src/builtins/index.js";

const p = (name: string, kind: Param["kind"] = "positional", hasDefault = false): Param => ({ name, kind, hasDefault });
const f: Signature = { name: "f", params: [p("a"), p("b"), p("c")] };
const g: Signature = { name: "g", params: [p("a"), p("b", "positional", true)] };
const h: Signature = { name: "h", params: [p("a", "positional-only"), p("b"), p("k", "keyword-only")] };
const z: Signature = { name: "z", params: [] };
const v: Signature = { name: "v", params: [p("a"), p("args", "var-positional"), p("k", "keyword-only", true), p("kw", "var-keyword")] };
const o: Signature = { name: "o", params: [p("a", "positional-only"), p("kw", "var-keyword")] };
const kk: Signature = { name: "kk", params: [p("k", "keyword-only"), p("j", "keyword-only")] };
const m: Signature = { name: "C.m", params: [p("x")] };
const h2: Signature = { name: "h2", params: [p("a", "positional-only"), p("b", "positional-only")] };

function err(sig: Signature, args: unknown[]): string {
  try {
    bindArguments(sig, args);
    return "no error";
  } catch (e) {
    return formatExceptionOnly(e);
  }
}

describe("bindArguments messages (python3 /tmp/sig.py)", () => {
  it.each([
    [f, [], "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'"],
    [f, [1], "TypeError: f() missing 2 required positional arguments: 'b' and 'c'"],
    [f, [1, 2], "TypeError: f() missing 1 required positional argument: 'c'"],
    [f, [1, 2, 3, 4], "TypeError: f() takes 3 positional arguments but 4 were given"],
    [g, [], "TypeError: g() missing 1 required positional argument: 'a'"],
    [g, [1, 2, 3], "TypeError: g() takes from 1 to 2 positional arguments but 3 were given"],
    [z, [1], "TypeError: z() takes 0 positional arguments but 1 was given"],
    [z, [1, 2], "TypeError: z() takes 0 positional arguments but 2 were given"],
    [f, [1, kw({ a: 2 })], "TypeError: f() got multiple values for argument 'a'"],
    [f, [1, 2, 3, kw({ d: 4 })], "TypeError: f() got an unexpected keyword argument 'd'"],
    [h, [kw({ a: 1, b: 2, k: 3 })], "TypeError: h() got some positional-only arguments passed as keyword arguments: 'a'"],
    [h, [1, 2], "TypeError: h() missing 1 required keyword-only argument: 'k'"],
    [h, [1, 2, 3], "TypeError: h() takes 2 positional arguments but 3 were given"],
    [h, [1, 2, 3, kw({ k: 1 })], "TypeError: h() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"],
    [kk, [], "TypeError: kk() missing 2 required keyword-only arguments: 'k' and 'j'"],
    [kk, [kw({ j: 1 })], "TypeError: kk() missing 1 required keyword-only argument: 'k'"],
    [m, [], "TypeError: C.m() missing 1 required positional argument: 'x'"],
    [z, [kw({ x: 1 })], "TypeError: z() got an unexpected keyword argument 'x'"],
    [v, [], "TypeError: v() missing 1 required positional argument: 'a'"],
    [h, [1, kw({ b: 2, k: 3, j: 4 })], "TypeError: h() got an unexpected keyword argument 'j'"],
    [g, [1, 2, kw({ b: 3 })], "TypeError: g() got multiple values for argument 'b'"],
    [kk, [1], "TypeError: kk() takes 0 positional arguments but 1 was given"],
    [h2, [kw({ a: 1, b: 2 })], "TypeError: h2() got some positional-only arguments passed as keyword arguments: 'a, b'"],
  ] as [Signature, unknown[], string][])("%#", (sig, args, want) => {
    expect(err(sig, args)).toBe(want);
  });

  it("produces the TS parameter list", () => {
    expect(bindArguments(g, [1])).toEqual([1, undefined]);
    const bound = bindArguments(v, [1, 2, 3, kw({ x: 5 })]);
    expect(bound[0]).toBe(1);
    expect(repr(bound[1])).toBe("(2, 3)");
    expect(bound[1]).toBeInstanceOf(PyTuple);
    expect(bound[2]).toBeUndefined();
    expect(repr(bound[3])).toBe("{'x': 5}");
    expect(repr(bindArguments(o, [1, kw({ a: 2 })])[1])).toBe("{'a': 2}");
  });

  it("callFunction binds keywords through defineFunction", () => {
    const fn = defineFunction((a: number, b = 10) => a + b, g);
    expect(callFunction(fn, [1], { b: 2 })).toBe(3);
    expect(callFunction(fn, [], new PyDict([["a", 5]]))).toBe(15);
    expect(() => callFunction(fn, [1, 2, 3])).toThrow("g() takes from 1 to 2 positional arguments but 3 were given");
    expect(callFunction((x: number) => x * 2, [4])).toBe(8);
  });
});

describe("signature text from the transpiler", () => {
  it("parses defaults, /, * and **", async () => {
    const { signatureFromText: parseSignature } = await import("../../src/builtins/lowering.js");
    expect(parseSignature("f(a, b=, /, c, *args, k, j=, **kw)")).toEqual({
      name: "f",
      params: [p("a", "positional-only"), p("b", "positional-only", true), p("c"), p("args", "var-positional"), p("k", "keyword-only"), p("j", "keyword-only", true), p("kw", "var-keyword")],
    });
    expect(parseSignature("g(*, k)").params).toEqual([p("k", "keyword-only")]);
    const fn = defineFunction((a: number, b = 10) => a + b, "g(a, b=)");
    expect(callFunction(fn, [1], { b: 5 })).toBe(6);
    // python3: def g(a, b=1): pass; g(1, 2, 3)
    expect(() => callFunction(fn, [1, 2, 3])).toThrow("g() takes from 1 to 2 positional arguments but 3 were given");
  });
});
