// str % args against CPython (data/percent.json from data/gen_percent.py).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { mod, PyFloat, PyTuple, PyDict, formatExceptionOnly } from "../../src/builtins/index.js";

type Spec = { t: string; v?: unknown };

function pyValue(s: Spec): unknown {
  switch (s.t) {
    case "bool":
      return s.v as boolean;
    case "none":
      return null;
    case "str":
      return s.v as string;
    case "int": {
      const b = BigInt(s.v as string);
      return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
    }
    case "float": {
      const v = s.v as string;
      return new PyFloat(v === "inf" ? Infinity : v === "-inf" ? -Infinity : v === "nan" ? NaN : Number(v));
    }
    case "tuple":
      return PyTuple.fromIterable((s.v as Spec[]).map(pyValue));
    case "list":
      return (s.v as Spec[]).map(pyValue);
    case "dict":
      return new PyDict((s.v as [string, Spec][]).map(([k, v]) => [k, pyValue(v)] as const));
  }
  throw new Error(`unknown spec ${s.t}`);
}

const cases: { fmt: string; args: Spec; out: string }[] = JSON.parse(readFileSync(new URL("./data/percent.json", import.meta.url), "utf8"));

describe("str % args", () => {
  it(`matches CPython on ${cases.length} cases`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      let got: string;
      try {
        got = mod(c.fmt, pyValue(c.args)) as string;
      } catch (e) {
        got = formatExceptionOnly(e);
      }
      if (got !== c.out) failures.push(`${JSON.stringify(c.fmt)} % ${JSON.stringify(c.args)}: got ${JSON.stringify(got)}, want ${JSON.stringify(c.out)}`);
    }
    expect(failures).toEqual([]);
  });
});
