// subprocess fixtures: each Python script and its hand-written "generated-style" module (built
// runtime: `pnpm exec tsc -p packages/runtime`) must print the same stdout, exit with the same
// code, and give the same stderr once CPython's traceback frame lines are dropped. The oracle is
// `python3 -u`, whose unbuffered stdout orders lines as a line-buffered one does.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const execFileAsync = promisify(execFile);
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/subprocess.js", import.meta.url));

interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

async function runProgram(command: string, args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd: fixtures, timeout: 30_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

function stderrShape(text: string): string[] {
  return text.split("\n").filter((line) => !line.startsWith("  "));
}

const CASES = ["basic", "errors", "popen", "redirect", "pipeline", "inchild"];

describe("subprocess behaves as under CPython", () => {
  it("has a built runtime", () => {
    expect(existsSync(dist)).toBe(true);
  });
  for (const name of CASES) {
    it(name, async () => {
      const [expected, actual] = await Promise.all([
        runProgram("python3", ["-u", `${name}.py`]),
        runProgram(process.execPath, [`${name}.mjs`]),
      ]);
      expect(actual.stdout).toBe(expected.stdout);
      expect(actual.code).toBe(expected.code);
      expect(stderrShape(actual.stderr)).toEqual(stderrShape(expected.stderr));
    }, 40_000);
  }
});
