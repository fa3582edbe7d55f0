// Each fixture is a Python script and a hand-written "generated-style" module run on the built
// runtime (build first: `pnpm exec tsc -p packages/runtime`). stdout and the exit code must be
// identical; stderr must match once CPython's frame lines (which we cannot reproduce) are dropped.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

async function runProgram(command: string, file: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(command, [file], { cwd: fixtures, timeout: 30_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

/** stderr without traceback frame lines ("  File ...", source lines, carets). */
function stderrShape(text: string): string[] {
  return text.split("\n").filter((line) => !line.startsWith("  "));
}

const CASES = [
  "basic",
  "exits",
  "naming",
  "pickling",
  "pool",
  "pool-errors",
  "lifecycle",
  "sysexit",
  "shared",
  "pool-lifecycle",
  "toplevel",
  "modules",
  "sentinel",
];

describe("processes behave as under CPython", () => {
  it("has a built runtime", () => {
    expect(existsSync(dist)).toBe(true);
  });
  for (const name of CASES) {
    it(
      name,
      async () => {
        const [expected, actual] = await Promise.all([
          runProgram("python3", `${name}.py`),
          runProgram(process.execPath, `${name}.mjs`),
        ]);
        expect(actual.stdout).toBe(expected.stdout);
        expect(actual.code).toBe(expected.code);
        expect(stderrShape(actual.stderr)).toEqual(stderrShape(expected.stderr));
      },
      40_000,
    );
  }
});
