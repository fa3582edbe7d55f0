// Regressions for issue #3 (Python values, exactly): bytes methods and operators, bytes
// %-formatting, subnormal int / int, str case mappings, keyword arguments of str methods.
import { describe, expect, it } from "vitest";
import { add, callMethod, mod, mul, truediv, repr, PyBytes, PyTuple, getattr, str } from "../../src/builtins/index.js";
import { kw } from "../../src/builtins/call.js";

const b = (s: string): PyBytes => PyBytes.fromLatin1(s);

describe("#3 bytes", () => {
  it("methods use ASCII semantics", () => {
    expect(repr(callMethod(b("  Hi\xa0 "), "strip"))).toBe("b'Hi\\xa0'");
    expect(repr(callMethod(b("caf\xe9"), "upper"))).toBe("b'CAF\\xe9'");
    expect(repr(callMethod(b("a b  c "), "split", null, 1))).toBe("[b'a', b'b  c ']");
    expect(repr(callMethod(b("abcdef"), "hex", "-", 2))).toBe("'6162-6364-6566'");
    expect(() => callMethod(b("abc"), "index", b("z"))).toThrow("subsection not found");
  });
  it("operators concatenate, repeat and %-format", () => {
    expect(repr(add(b("ab"), b("cd")))).toBe("b'abcd'");
    expect(repr(mul(b("ab"), 3))).toBe("b'ababab'");
    expect(() => add(b("ab"), "cd")).toThrow("can't concat str to bytes");
    expect(repr(mod(b("%d-%s"), PyTuple.of(5, b("x"))))).toBe("b'5-x'");
    expect(() => mod(b("%s"), "x")).toThrow("%b requires a bytes-like object");
  });
});

describe("#3 numbers", () => {
  it("int / int rounds once into the subnormal range", () => {
    expect(repr(truediv(1n, 2n ** 1074n))).toBe("5e-324");
    expect(repr(truediv(3n, 2n ** 1076n))).toBe("5e-324");
    expect(repr(truediv(1n, 2n ** 1075n))).toBe("0.0");
  });
});

describe("#3 str", () => {
  it("titlecase, casefold and final sigma", () => {
    expect(callMethod("\u01c9", "title")).toBe("\u01c8");
    expect(callMethod("\ufb01nal", "title")).toBe("Final");
    expect(callMethod("\u039f\u0394\u039f\u03a3", "title")).toBe("\u039f\u03b4\u03bf\u03c2");
    expect(callMethod("\u039f\u0394\u039f\u03a3", "casefold")).toBe("\u03bf\u03b4\u03bf\u03c3");
    expect(callMethod("\u00df is", "capitalize")).toBe("Ss is");
  });
  it("split takes keywords; str.lower is an unbound method", () => {
    expect(repr(callMethod("a b c", "split", kw({ maxsplit: 1 })))).toBe("['a', 'b c']");
    expect(getattr(str, "lower")("ABC")).toBe("abc");
  });
});
