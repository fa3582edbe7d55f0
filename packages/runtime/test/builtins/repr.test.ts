// repr/str/ascii against CPython (data/repr.json from data/gen_repr.py, and inline values
// copied from python3 output).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { repr, str, ascii, PyFloat, PyTuple, PyDict, PySet, PyFrozenSet, PyRange, PyBytes, PySlice, kw, range, int, type } from "../../src/builtins/index.js";

const data: { floats: [string, string][]; strings: [string, string, string][] } = JSON.parse(
  readFileSync(new URL("./data/repr.json", import.meta.url), "utf8"),
);

function fromHex(hex: string): number {
  // float.hex() form: [-]0x1.<hex digits>p<exp>; mantissa * 2**exp is exact for any double
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(hex)!;
  const mant = BigInt(`0x${m[2]}${m[3]!.padEnd(13, "0")}`);
  const v = Number(mant) * 2 ** (Number(m[4]) - 52);
  return m[1] ? -v : v;
}

function fromUtf16Hex(hex: string): string {
  // python's encode("utf-16") output: BOM ff fe then little-endian units
  let s = "";
  for (let i = 4; i < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i + 2, i + 4) + hex.slice(i, i + 2), 16));
  return s;
}

describe("float repr", () => {
  it(`matches CPython for ${data.floats.length} doubles`, () => {
    const bad = data.floats.filter(([r, h]) => repr(new PyFloat(fromHex(h))) !== r).map(([r, h]) => `${h}: got ${repr(new PyFloat(fromHex(h)))} want ${r}`);
    expect(bad).toEqual([]);
  });
  it("special values", () => {
    expect([Infinity, -Infinity, NaN, -0].map((x) => repr(new PyFloat(x)))).toEqual(["inf", "-inf", "nan", "-0.0"]);
  });
});

describe("str repr", () => {
  it("quotes and escapes like CPython", () => {
    for (const [hex, r, a] of data.strings) {
      const s = fromUtf16Hex(hex);
      expect(repr(s)).toBe(r);
      expect(ascii(s)).toBe(a);
    }
  });
});

describe("container repr", () => {
  it("prints builtin containers", () => {
    const l: unknown[] = [1, new PyFloat(2), "a", null, true];
    expect(repr(l)).toBe("[1, 2.0, 'a', None, True]");
    expect(repr(PyTuple.of())).toBe("()");
    expect(repr(PyTuple.of(1))).toBe("(1,)");
    expect(repr(PyTuple.of(1, PyTuple.of(2, 3)))).toBe("(1, (2, 3))");
    expect(repr(new PyDict([["a", 1], [PyTuple.of(1, 2), [3]]]))).toBe("{'a': 1, (1, 2): [3]}");
    expect(repr(new PyDict())).toBe("{}");
    expect(repr(new PySet([1, 2]))).toBe("{1, 2}");
    expect(repr(new PySet())).toBe("set()");
    expect(repr(new PyFrozenSet([1]))).toBe("frozenset({1})");
    expect(repr(new PyFrozenSet())).toBe("frozenset()");
    expect(repr(new PyRange(5))).toBe("range(0, 5)");
    expect(repr(new PyRange(1, 10, 2))).toBe("range(1, 10, 2)");
    expect(repr(new PyBytes(new Uint8Array([104, 105, 0, 39, 255])))).toBe("b\"hi\\x00'\\xff\"");
    expect(repr(new PySlice(1, null, null))).toBe("slice(1, None, None)");
    expect(repr(2n ** 70n)).toBe("1180591620717411303424");
    expect(str("x")).toBe("x");
    expect(str(["x"])).toBe("['x']");
    const d = new PyDict([["a", 1]]);
    expect(repr(d.keys())).toBe("dict_keys(['a'])");
    expect(repr(d.values())).toBe("dict_values([1])");
    expect(repr(d.items())).toBe("dict_items([('a', 1)])");
    expect(kw).toBeDefined();
  });
  it("prints recursive containers with ellipses", () => {
    const l: unknown[] = [1];
    l.push(l);
    expect(repr(l)).toBe("[1, [...]]");
    const d = new PyDict<string, unknown>();
    d.set("k", d);
    expect(repr(d)).toBe("{'k': {...}}");
  });
  it("prints user objects and classes", () => {
    class C {}
    expect(repr(new C())).toMatch(/^<__main__\.C object at 0x7f[0-9a-f]+>$/);
    const c = new C();
    expect(repr(c)).toBe(repr(c));
    class R {
      __repr__() {
        return "R!";
      }
      __str__() {
        return "r";
      }
    }
    expect(repr([new R()])).toBe("[R!]");
    expect(str(new R())).toBe("r");
    expect(repr(C)).toBe("<class '__main__.C'>");
    expect(repr(int)).toBe("<class 'int'>");
    expect(repr(type(new PyFloat(1)))).toBe("<class 'float'>");
    expect(repr(range)).toBe("<class 'range'>");
    function f() {}
    expect(repr(f)).toMatch(/^<function f at 0x[0-9a-f]+>$/);
  });
});
