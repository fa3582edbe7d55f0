// Literals (issue #3): complex numbers, and set displays CPython folds into a frozenset constant
// (which changes their iteration order) versus those it builds at run time.
import { describe, expect, it } from "vitest";
import { transpile } from "../../src/index.js";

async function printed(source: string): Promise<string> {
  const result = await transpile(source, { file: "snippet.py" });
  if (result.code === null) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.code.split("\n").find((line) => line.startsWith("print("))!;
}

describe("literals", () => {
  it("2j is a complex; 1 + 2j stays an addition", async () => {
    expect(await printed("print(2j, 1 + 2.5j)")).toBe("print(new PyComplex(0, 2), add(1, new PyComplex(0, 2.5)));");
  });

  it("a display of folded constants (10**20, 2**61 - 1, -5) is a constant set", async () => {
    expect(await printed("print({10**20, 2**61 - 1, -5})")).toBe("print(constantSet([pow(10, 20), sub(pow(2, 61), 1), -5]));");
  });

  it("a power past ast_opt.c's 128-bit limit is not folded, so the display is built at run time", async () => {
    expect(await printed("print({2**70, 1, 2})")).toBe("print(new PySet([pow(2, 70), 1, 2]));");
  });

  it("two constants, or a name among them, are built at run time", async () => {
    expect(await printed("print({1, 2})")).toBe("print(new PySet([1, 2]));");
    expect(await printed("x = 3\nprint({1, 2, x})")).toBe("print(new PySet([1, 2, x]));");
  });
});
