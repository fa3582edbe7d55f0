// format(value, spec) against CPython's results recorded in data/format.json
// (regenerate: python3 data/gen_format.py > data/format.json).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { format, PyFloat, formatExceptionOnly } from "../../src/builtins/index.js";

type Spec = { t: "int" | "float" | "bool" | "str" | "none"; v?: string | boolean };
type Case = { v: Spec; spec: string; out: string };

function pyValueScalar(s: Spec): unknown {
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
  }
}

const cases: Case[] = JSON.parse(readFileSync(new URL("./data/format.json", import.meta.url), "utf8"));

describe("format()", () => {
  it(`matches CPython on ${cases.length} value/spec pairs`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      let got: string;
      try {
        got = format(pyValueScalar(c.v), c.spec);
      } catch (e) {
        got = formatExceptionOnly(e);
      }
      if (got !== c.out) failures.push(`format(${JSON.stringify(c.v.v ?? null)}, ${JSON.stringify(c.spec)}): got ${JSON.stringify(got)}, want ${JSON.stringify(c.out)}`);
    }
    expect(failures.slice(0, 40)).toEqual([]);
  });
});

describe("format() and round() on random doubles (data/format_random.json)", () => {
  it("rounds exactly like CPython", async () => {
    const { round, repr } = await import("../../src/builtins/index.js");
    const rows: [string, string, string, number, string][] = JSON.parse(readFileSync(new URL("./data/format_random.json", import.meta.url), "utf8"));
    const fromHex = (hex: string): number => {
      const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(hex);
      if (!m) return hex.startsWith("-") ? -0 : 0;
      const v = Number(BigInt(`0x${m[2]}${m[3]!.padEnd(13, "0")}`)) * 2 ** (Number(m[4]) - 52);
      return m[1] ? -v : v;
    };
    const bad: string[] = [];
    for (const [hex, spec, want, nd, wantRound] of rows) {
      const x = new PyFloat(fromHex(hex));
      const got = format(x, spec);
      if (got !== want) bad.push(`format(${hex}, ${spec}): ${got} != ${want}`);
      const r = repr(round(x, nd));
      if (r !== wantRound) bad.push(`round(${hex}, ${nd}): ${r} != ${wantRound}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
