// Every operator over int/bigint/bool/float pairs, against CPython's results recorded in
// data/arith.json (regenerate: python3 data/gen_arith.py > data/arith.json).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { add, sub, mul, truediv, floordiv, mod, divmod, pow, lt, eq, and_, lshift, PyFloat, repr, formatExceptionOnly } from "../../src/builtins/index.js";

type Spec = { t: "int" | "float" | "bool"; v: string | boolean };
type Case = { op: string; a: Spec; b: Spec; out: string };

function value(s: Spec): unknown {
  if (s.t === "bool") return s.v as boolean;
  if (s.t === "int") {
    const b = BigInt(s.v as string);
    return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
  }
  const v = s.v as string;
  return new PyFloat(v === "inf" ? Infinity : v === "-inf" ? -Infinity : v === "nan" ? NaN : Number(v));
}

const ops: Record<string, (a: unknown, b: unknown) => unknown> = { add, sub, mul, truediv, floordiv, mod, divmod, pow, lt, eq, and_, lshift };
const cases: Case[] = JSON.parse(readFileSync(new URL("./data/arith.json", import.meta.url), "utf8"));

describe("arithmetic table", () => {
  it("matches CPython on every pair", () => {
    const failures: string[] = [];
    for (const c of cases) {
      let got: string;
      try {
        got = repr(ops[c.op]!(value(c.a), value(c.b)));
      } catch (e) {
        got = formatExceptionOnly(e);
      }
      if (got !== c.out) failures.push(`${c.op}(${String(c.a.v)}, ${String(c.b.v)}): got ${got}, want ${c.out}`);
    }
    expect(failures.slice(0, 30)).toEqual([]);
    expect(cases.length).toBeGreaterThan(5000);
  });
});
