// The integer range analysis (analyze/intervals.ts): where an interval is proved, and, as
// important, where it must not be (a wrong proof compiles to JS arithmetic that rounds).

import { describe, expect, it } from "vitest";
import type { Expr, Node } from "../../src/ast/nodes.js";
import { walk } from "../../src/ast/visit.js";
import { MAX_EXECUTIONS, MAX_SAFE, isSafe } from "../../src/analyze/intervals.js";
import { Symbols } from "../../src/analyze/symbols.js";
import { DiagnosticSink } from "../../src/diagnostics/index.js";
import { parseModule } from "../../src/parse/index.js";
import { transpile } from "../../src/index.js";

const N = MAX_EXECUTIONS;

/** The interval of the value returned by `def probe`, as [lo, hi] (null: unbounded). */
async function probe(source: string): Promise<[bigint | null, bigint | null] | "unbounded"> {
  const module = await parseModule(source, "probe.py", new DiagnosticSink());
  const symbols = new Symbols(module);
  let found: Expr | undefined;
  let scope = symbols.scopes.module;
  walk(module, (node: Node) => {
    if (node.kind === "FunctionDef" && node.name === "probe") {
      scope = symbols.scopes.scopeOf(node);
      walk(node, (inner: Node) => {
        if (inner.kind === "Return" && inner.value && !found) found = inner.value;
        return;
      });
      return false;
    }
    return;
  });
  if (!found) throw new Error("no return in probe()");
  const interval = symbols.intervalOf(found, scope);
  return interval && (interval.lo !== null || interval.hi !== null) ? [interval.lo, interval.hi] : "unbounded";
}

describe("proved intervals", () => {
  it("range counters with a known stop, and their product", async () => {
    const src = "def probe(n):\n    for i in range(n):\n        for j in range(200):\n            pass\n    return i * j\nprobe(300000)\n";
    expect(await probe(src)).toEqual([0n, 299999n * 199n]);
  });

  it("a counter with an unknown stop is bounded by the executions assumption", async () => {
    const src = "def probe(n):\n    for i in range(n):\n        for j in range(200):\n            pass\n    return i * j\nprobe(1000000000000000000000000000000)\n";
    expect(await probe(src)).toEqual([0n, (N - 1n) * 199n]);
  });

  it("an accumulator of bounded steps", async () => {
    const src = "def probe(n):\n    total = 0\n    for i in range(n):\n        for j in range(200):\n            total += (i * j) % 7\n    return total\nprobe(10)\n";
    expect(await probe(src)).toEqual([0n, 6n * N]);
  });

  it("a recursive parameter stepped by n - 1 and n - 2", async () => {
    const src = "def probe(n):\n    if n < 2:\n        return n\n    return probe(n - 1) + probe(n - 2)\nprint(probe(31))\n";
    const interval = await probe(src);
    expect(interval).toEqual([31n - 3n * N, 31n]);
    expect(isSafe({ lo: interval![0], hi: interval![1] })).toBe(true);
  });

  it("len() of a list, % by a positive constant, a while-loop counter", async () => {
    expect(await probe("def probe():\n    xs = [1, 2]\n    return len(xs)\nprobe()\n")).toEqual([0n, 2n ** 32n - 1n]);
    expect(await probe("def probe(xs):\n    return len(xs)\nprobe(range(5))\n")).toEqual([0n, 2n ** 63n - 1n]);
    expect(await probe("import sys\ndef probe(n):\n    return n % 7\nprint(list(map(probe, sys.argv)))\n")).toEqual("unbounded");
    expect(await probe("import sys\ndef probe(n):\n    return n % 7\nprobe(-10000000000000000000000000000000000000000)\n")).toEqual([0n, 6n]);
    expect(await probe("def probe():\n    i = 0\n    while i < 10:\n        i += 1\n    return i\nprobe()\n")).toEqual([0n, N]);
  });

  it("a range with a positive variable step", async () => {
    const src = "def probe(n):\n    for i in range(2, n + 1):\n        for j in range(i * i, n + 1, i):\n            pass\n    return j\nprobe(100)\n";
    expect(await probe(src)).toEqual([4n, 100n]);
  });
});

describe("intervals that must not be proved", () => {
  it("a counter starting at 10**20", async () => {
    const src = "def probe():\n    for i in range(100000000000000000000, 100000000000000000003):\n        pass\n    return i * 3\nprobe()\n";
    const interval = await probe(src);
    expect(isSafe(interval && { lo: interval[0], hi: interval[1] })).toBe(false);
  });

  it("total *= 2 in a loop", async () => {
    const src = "def probe(n):\n    total = 1\n    for i in range(n):\n        total *= 2\n    return total\nprobe(10)\n";
    expect(await probe(src)).toEqual([1n, null]);
  });

  it("x = x + x in a loop", async () => {
    const src = "def probe(n):\n    x = 1\n    for i in range(n):\n        x = x + x\n    return x\nprobe(10)\n";
    expect(await probe(src)).toEqual([1n, null]);
  });

  it("a parameter called with a big int", async () => {
    const src = "def probe(n):\n    return n - 1\nprobe(5)\nprobe(1152921504606846976)\n";
    const interval = await probe(src);
    expect(interval).toEqual([4n, 2n ** 60n - 1n]);
    expect(interval![1]! > MAX_SAFE).toBe(true);
  });

  it("an accumulator that escapes to a global", async () => {
    // Every `global` update is still a source: small steps are bounded, a big one is not.
    const small = "total = 0\ndef bump(k):\n    global total\n    total += k\ndef probe():\n    return total + 1\nfor k in range(5):\n    bump(k)\nprobe()\n";
    expect(await probe(small)).toEqual([1n, 4n * N + 1n]);
    const big = small.replace("\n    bump(k)\n", "\n    bump(k)\n    bump(1152921504606846976)\n");
    expect(await probe(big)).toEqual([1n, (2n ** 60n) * N + 1n]);
    expect(isSafe({ lo: 1n, hi: (2n ** 60n) * N + 1n })).toBe(false);
    // A binding the solver does not follow (unpacking) leaves it unknown.
    const unpacked = small.replace("    total += k", "    total, other = k, k");
    expect(await probe(unpacked)).toEqual("unbounded");
  });

  it("an accumulator of steps near 2**50", async () => {
    const src = "def probe(n):\n    total = 0\n    for i in range(n):\n        total += 2**50\n    return total\nprobe(20)\n";
    const interval = await probe(src);
    expect(isSafe(interval && { lo: interval[0], hi: interval[1] })).toBe(false);
  });

  it("a parameter of a function passed as a value", async () => {
    const src = "def probe(n):\n    return n + 1\nprint(list(map(probe, [10**20])))\nprobe(3)\n";
    expect(await probe(src)).toEqual("unbounded");
  });
});

/** The generated statements of `source` without the module frame. */
async function lowered(source: string): Promise<string> {
  const result = await transpile(source, { file: "snippet.py" });
  if (result.code === null) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const lines = result.code.split("\n");
  return lines.slice(lines.findIndex((line) => line.startsWith("const __name__")) + 1, lines.lastIndexOf("await exitMain();")).join("\n");
}

describe("lowering of proved int arithmetic", () => {
  it("the benchmark's nested loop is plain JS arithmetic", async () => {
    const code = await lowered("def work(n):\n    total = 0\n    for i in range(n):\n        for j in range(200):\n            total += (i * j) % 7\n    return total\nprint(work(300000))\n");
    expect(code).toContain("total = total + ((i * j) % 7);");
  });

  it("a product that may be 0 * -k gets + 0 (an int is never -0)", async () => {
    const code = await lowered("for i in range(-3, 3):\n    print(i * 0, i * i, (i + 3) * 2)\n");
    expect(code).toContain("print(i * 0 + 0, i * i + 0, (i + 3) * 2);");
  });

  it("% with a dividend that may be negative keeps Python's sign rule", async () => {
    const code = await lowered("for i in range(-3, 3):\n    print(i % 4, (i + 3) % 4)\n");
    expect(code).toContain("print(modInt(i, 4), (i + 3) % 4);");
  });

  it("a step proved positive needs no check; an unknown one does", async () => {
    const known = await lowered("def f(n):\n    for i in range(2, n):\n        for j in range(i * i, n, i):\n            print(j)\nf(50)\n");
    expect(known).toContain("for (let j = start; j < stop_2; j += step) {");
    expect(known).not.toContain("rangeStep");
    const unknown = await lowered("import sys\ndef f(k):\n    for j in range(0, 10, k):\n        print(j)\nf(len(sys.argv) - 2)\n");
    expect(unknown).toContain("rangeStep(k)");
  });

  it("a counter that may pass 2**53 steps with the exact addition", async () => {
    const code = await lowered("for i in range(9007199254740990, 9007199254740994):\n    print(i + 1)\n");
    expect(code).toContain("i = addInt(i, 1)");
    expect(code).toContain("print(addInt(i, 1));");
  });

  it("an int condition is a comparison with 0", async () => {
    expect(await lowered("import sys\nn = len(sys.argv)\nif n:\n    print(n)\n")).toContain("if (n !== 0) {");
  });
});
