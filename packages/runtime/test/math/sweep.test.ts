// libm sweep: each float function on 1000 pseudo-random inputs against python3. Ours are
// correctly rounded; glibc's are not quite, so a few one-ulp differences are allowed per
// function (the budget), never more than one ulp.
import { describe, expect, it } from "vitest";
import { PyFloat } from "../../src/builtins/index.js";
import * as m from "../../src/math.js";
import { hasPython, livePython, recorded, saveRecord } from "../random/oracle.js";

// A fixed LCG, so the inputs (and the recorded answers) never change.
function inputs(n: number, lo: number, hi: number, seed: number): number[] {
  let s = BigInt(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    out.push(lo + (hi - lo) * (Number(s >> 11n) / 2 ** 53));
  }
  return out;
}

type Fn = (...a: unknown[]) => unknown;
// name, function, argument ranges, allowed one-ulp differences out of 1000
const sweeps: [string, Fn, [number, number][], number][] = [
  ["exp", m.exp as Fn, [[-700, 700]], 5],
  ["log", m.log as Fn, [[1e-300, 1e300]], 5],
  ["log", m.log as Fn, [[0.5, 2]], 5],
  ["log2", m.log2 as Fn, [[1e-10, 1e10]], 5],
  ["log10", m.log10 as Fn, [[1e-10, 1e10]], 5],
  ["log1p", m.log1p as Fn, [[-0.9, 10]], 5],
  ["expm1", m.expm1 as Fn, [[-2, 2]], 5],
  ["pow", m.pow as Fn, [[0, 10], [-50, 50]], 5],
  ["pow", m.pow as Fn, [[0.9, 1.1], [-5000, 5000]], 5],
  ["sin", m.sin as Fn, [[-20, 20]], 5],
  ["cos", m.cos as Fn, [[-20, 20]], 5],
  ["sin", m.sin as Fn, [[-1e20, 1e20]], 5],
  ["tan", m.tan as Fn, [[-3, 3]], 8],
  ["acos", m.acos as Fn, [[-1, 1]], 5],
  ["asin", m.asin as Fn, [[-1, 1]], 5],
  ["atan", m.atan as Fn, [[-50, 50]], 5],
  ["atan2", m.atan2 as Fn, [[-10, 10], [-10, 10]], 5],
  ["sinh", m.sinh as Fn, [[-30, 30]], 5],
  ["cosh", m.cosh as Fn, [[-30, 30]], 5],
  ["tanh", m.tanh as Fn, [[-5, 5]], 5],
  ["asinh", m.asinh as Fn, [[-100, 100]], 5],
  ["acosh", m.acosh as Fn, [[1, 100]], 5],
  ["atanh", m.atanh as Fn, [[-0.99, 0.99]], 5],
  ["sqrt", m.sqrt as Fn, [[0, 1e6]], 0],
  ["exp2", m.exp2 as Fn, [[-1000, 1000]], 5],
  ["remainder", m.remainder as Fn, [[-1e6, 1e6], [-100, 100]], 0],
  ["hypot", m.hypot as Fn, [[-1e3, 1e3], [-1e-3, 1e3], [-5, 5]], 0],
];

const DATA = new URL("./data/sweep.json", import.meta.url);
const record = recorded(DATA);

function ulpsApart(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / (m.ulp(new PyFloat(Math.max(Math.abs(a), Math.abs(b)))) as PyFloat).value;
}

const N = 1000;
const argsOf = sweeps.map(([, , ranges], index) => {
  const columns = ranges.map(([lo, hi], j) => inputs(N, lo, hi, 100 * index + j + 1));
  return Array.from({ length: N }, (_, i) => columns.map((c) => c[i]!));
});
const keyOf = (index: number): string => `${sweeps[index]![0]}#${index}`;
const exprs = sweeps.flatMap(([name], index) => argsOf[index]!.map((args) => `${name}(${args.map((x) => `float.fromhex('${hexOf(x)}')`).join(", ")})`));
const live = hasPython() ? livePython("from math import *", exprs) : undefined;
if (live) {
  for (const key of Object.keys(record)) delete record[key];
  sweeps.forEach((_, index) => (record[keyOf(index)] = live.slice(index * N, (index + 1) * N)));
}

describe("libm sweep against CPython", () => {
  sweeps.forEach(([name, fn, ranges, budget], index) => {
    it(`${name} on ${JSON.stringify(ranges)}`, () => {
      const want = record[keyOf(index)];
      if (!want) throw new Error(`no python3 and nothing recorded for ${keyOf(index)}`);
      let differ = 0;
      const far: string[] = [];
      argsOf[index]!.forEach((args, i) => {
        const got = (fn(...args.map((x) => new PyFloat(x))) as PyFloat).value;
        const w = Number(want[i]);
        const apart = ulpsApart(got, w);
        if (apart > 0) differ++;
        if (apart > 1) far.push(`${name}(${args.join(", ")}) = ${got}, python ${w}`);
      });
      expect(far).toEqual([]);
      expect(differ).toBeLessThanOrEqual(budget);
    });
  });

  it("keeps the record in step with python3", () => {
    saveRecord(DATA, record);
    expect(Object.keys(record).length).toBe(sweeps.length);
  });
});

function hexOf(x: number): string {
  // float.hex spelling: sign, 0x1.<13 hex digits>p<exp> (normal numbers only here)
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  const b = v.getBigUint64(0);
  const sign = b >> 63n ? "-" : "";
  const e = Number((b >> 52n) & 0x7ffn);
  const frac = (b & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  if (e === 0) return `${sign}0x0.${frac}p-1022`;
  return `${sign}0x1.${frac}p${e - 1023}`;
}
