// Uncaught exceptions print CPython's traceback frames: `File "…", line N, in name` and the
// source line, outermost first, through functions, methods, chained exceptions and repeated
// recursion. The scripts here avoid what is not reproduced (the `^^^` markers CPython 3.11
// draws under part of a line), so the whole of stderr must equal python3's.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { transpile } from "../../src/index.js";
import { runGenerated, runPython } from "../../src/run/index.js";
import { lineTrailer, parseLineTrailer, takeLineMarks } from "../../src/format/lines.js";

const directory = mkdtempSync(path.join(os.tmpdir(), "py2ts-tb-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function both(name: string, source: string): Promise<{ ours: string; cpython: string; codes: [number | null, number | null] }> {
  const file = path.join(directory, `${name}.py`);
  writeFileSync(file, source);
  const result = await transpile(source, { file });
  if (result.code === null) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const ours = await runGenerated(result.code, { file });
  const cpython = await runPython(file);
  return { ours: ours.stderr, cpython: cpython.stderr, codes: [ours.exitCode, cpython.exitCode] };
}

describe("tracebacks name the .py file, line and function of every frame", () => {
  it("through nested calls and a method", async () => {
    const run = await both(
      "nested",
      [
        "class Account:",
        "    def withdraw(self, amount):",
        "        if amount > 10:",
        "            raise ValueError(f'too much: {amount}')",
        "",
        "def pay(account, amount):",
        "    account.withdraw(amount)",
        "",
        "def main():",
        "    pay(Account(), 5)",
        "    pay(Account(), 50)",
        "",
        "main()",
        "",
      ].join("\n"),
    );
    expect(run.ours).toBe(run.cpython);
    expect(run.codes).toEqual([1, 1]);
  });

  it("with `raise … from …`: the cause's traceback stops where it was caught", async () => {
    const run = await both(
      "chained",
      [
        "def lookup(table, key):",
        "    if key not in table:",
        "        raise KeyError(key)",
        "",
        "def fetch(key):",
        "    try:",
        "        lookup({}, key)",
        "    except KeyError as error:",
        "        raise RuntimeError('missing') from error",
        "",
        "fetch('k')",
        "",
      ].join("\n"),
    );
    expect(run.ours).toBe(run.cpython);
  });

  it("folding a line repeated more than three times", async () => {
    const run = await both("recursive", ["def down(n):", "    if n == 0:", "        raise ValueError('bottom')", "    down(n - 1)", "", "down(12)", ""].join("\n"));
    expect(run.ours).toContain("[Previous line repeated");
    expect(run.ours).toBe(run.cpython);
  });
});

describe("the line table", () => {
  it("marks become generated line → Python line pairs, listed where the Python line changes", () => {
    const { code, pairs } = takeLineMarks("import x;\n/*@py1*/\nconst a = 1;\n/*@py2*/\nif (a) {\n  /*@py3*/\n  f(\n    a,\n  );\n}\n");
    expect(code).toBe("import x;\nconst a = 1;\nif (a) {\n  f(\n    a,\n  );\n}\n");
    expect(pairs).toEqual([[2, 1], [3, 2], [4, 3]]);
    expect(parseLineTrailer(`${code}${lineTrailer(pairs)}\n`)).toEqual(pairs);
  });
});
