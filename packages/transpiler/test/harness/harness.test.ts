// Tests of the sample harness itself, independent of the real pipeline: normalizations,
// sidecar validation, the runner, and the whole suite driven by a fake transpile.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { compileToJavaScript, RuntimeResolutionError, runGenerated } from "../../src/run/index.js";
import { isPidLike, lastStderrLine, prepareOutput } from "./normalize.js";
import { parseSidecar } from "./sidecar.js";
import { defineSampleTests, type Transpile } from "./suite.js";

describe("prepareOutput", () => {
  test("pid labels keep the parent/child relation and ignore other numbers", () => {
    const text = "Process 5000 start...\nI am child process 5043 and my parent is 5000.\nsum 2000000\n";
    expect(prepareOutput(text, { normalize: ["pid"], mainPid: 5000 })).toBe(
      "Process <pid0> start...\nI am child process <pid1> and my parent is <pid0>.\nsum 2000000\n",
    );
  });

  test("unordered pid labels do not depend on the order lines arrived in", () => {
    const a = "main 100\nB 104\nA 103\n";
    const b = "main 100\nA 107\nB 108\n";
    const options = { normalize: ["pid"] as const, unorderedLines: true, mainPid: 100 };
    expect(prepareOutput(a, options)).toBe(prepareOutput(b, options));
    expect(prepareOutput(a, options)).toBe("A <pid1>\nB <pid2>\nmain <pid0>\n");
  });

  test("pid-anonymous keeps only the main pid apart", () => {
    expect(prepareOutput("7 at 950\n8 at 960 from 900\n", { normalize: ["pid-anonymous"], mainPid: 900 })).toBe(
      "7 at <pid>\n8 at <pid> from <pid0>\n",
    );
  });

  test("pids wrap around pid_max but never into the reserved low pids", () => {
    expect(isPidLike(32_760, 32_760)).toBe(true);
    expect(isPidLike(32_761, 32_760)).toBe(true);
    expect(isPidLike(299, 32_760)).toBe(false);
    expect(isPidLike(40_000, 32_760)).toBe(false);
  });

  test("duration and integers", () => {
    expect(prepareOutput("Task 0 runs 1.41 seconds.\n", { normalize: ["duration"] })).toBe(
      "Task 0 runs <duration> seconds.\n",
    );
    expect(prepareOutput("Counter value: 2707\n", { normalize: ["integers"] })).toBe("Counter value: <int>\n");
  });

  test("unordered lines compare sorted and keep a missing final newline visible", () => {
    expect(prepareOutput("b\na\n", { unorderedLines: true })).toBe("a\nb\n");
    expect(prepareOutput("b\na", { unorderedLines: true })).toBe("a\nb");
  });

  test("the last stderr line is the exception line", () => {
    expect(lastStderrLine("Traceback (most recent call last):\n  File \"x\"\nNameError: x\n\n")).toBe("NameError: x");
  });
});

describe("parseSidecar", () => {
  test("accepts every documented key", () => {
    const text = JSON.stringify({
      knownFailure: "#6 Queue",
      unorderedLines: true,
      normalize: ["pid", "duration"],
      stderr: "last-line",
      args: ["a"],
      stdin: "x",
      timeoutMs: 1000,
    });
    expect(parseSidecar(text, "s.json").normalize).toEqual(["pid", "duration"]);
  });

  test.each([
    [{ knownFailure: "Queue" }, /naming its issue/],
    [{ normalize: ["pids"] }, /unknown normalization "pids"/],
    [{ unordered: true }, /unknown key "unordered"/],
    [{ stderr: "all" }, /last-line/],
  ])("rejects %j", (value, message) => {
    expect(() => parseSidecar(JSON.stringify(value), "s.json")).toThrow(message);
  });
});

describe("runner", () => {
  test("runs generated code with args, stdin and the python-compatible environment", async () => {
    const code = [
      'import { readFileSync } from "node:fs";',
      "const input: string = readFileSync(0, \"utf8\");",
      "process.stdout.write(JSON.stringify([process.argv.slice(2), input, process.env.PYTHONHASHSEED, process.env.PYTHONUNBUFFERED ?? null]) + \"\\n\");",
      "process.exitCode = 3;",
    ].join("\n");
    const result = await runGenerated(code, { file: path.join(os.tmpdir(), "x.py"), args: ["-v"], stdin: "in" });
    expect(result).toMatchObject({ stdout: '[["-v"],"in","0",null]\n', exitCode: 3, signal: null, timedOut: false });
  });

  test("a timeout kills the program", async () => {
    const result = await runGenerated("setInterval(() => undefined, 1000);", {
      file: path.join(os.tmpdir(), "x.py"),
      timeoutMs: 300,
    });
    expect(result).toMatchObject({ exitCode: null, signal: "SIGKILL", timedOut: true });
  });

  test("runtime imports are rewritten; other imports are left alone", () => {
    expect(compileToJavaScript('import { x } from "node:fs";\nconsole.log(x);', "a.py")).toContain('"node:fs"');
    expect(() => compileToJavaScript('import { y } from "@py2ts/runtime/no-such-module";\ny();', "a.py")).toThrow(
      RuntimeResolutionError,
    );
  });

  test("runtime imports, re-exports and dynamic imports point at the built (bundled) runtime", () => {
    const code = [
      'import { print } from "@py2ts/runtime/builtins";',
      'export { print as p } from "@py2ts/runtime/builtins";',
      'const os = await import("@py2ts/runtime/os");',
      "print(os);",
    ].join("\n");
    const javascript = compileToJavaScript(code, "a.py");
    expect(javascript).not.toContain('"@py2ts/runtime');
    expect(javascript.match(/"file:\/\/[^"]*\/runtime\/bundle\/builtins\/index\.js"/g)).toHaveLength(2);
    expect(javascript).toMatch(/import\("file:\/\/[^"]*\/runtime\/bundle\/os\.js"\)/);
  });

  test("type errors do not matter, syntax errors do", () => {
    expect(compileToJavaScript("const a: number = 'x' as unknown as number;", "a.py")).toContain("const a =");
    expect(() => compileToJavaScript("const = ;", "a.py")).toThrow(/does not compile/);
  });
});

// The whole suite on a throwaway samples folder, with a fake transpile standing in for the
// pipeline: a passing sample, a declared known failure, and a pid-normalized one.
const fixture = mkdtempSync(path.join(os.tmpdir(), "py2ts-harness-"));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

const fakeOutputs: Record<string, string> = {
  hello: 'process.stdout.write("hello\\n");\n',
  pids: 'process.stdout.write(`${process.pid} is me\\n`);\n',
};

function writeFixture(name: string, python: string, recorded: { stdout: string; exitCode?: number; pid?: number }, sidecar?: object): void {
  mkdirSync(path.join(fixture, "samples/demo"), { recursive: true });
  mkdirSync(path.join(fixture, "snapshots/demo"), { recursive: true });
  writeFileSync(path.join(fixture, `samples/demo/${name}.py`), python);
  if (sidecar) writeFileSync(path.join(fixture, `samples/demo/${name}.json`), JSON.stringify(sidecar));
  const base = path.join(fixture, `snapshots/demo/${name}`);
  writeFileSync(`${base}.stdout`, recorded.stdout);
  writeFileSync(`${base}.exitcode`, `${recorded.exitCode ?? 0}\n`);
  if (recorded.pid !== undefined) writeFileSync(`${base}.pid`, `${recorded.pid}\n`);
  const generated = fakeOutputs[name];
  if (generated !== undefined) writeFileSync(`${base}.ts`, generated);
}

writeFixture("hello", 'print("hello")\n', { stdout: "hello\n" });
writeFixture("known", "print(undefined_name)\n", { stdout: "", exitCode: 1 }, { knownFailure: "#4 fake" });
writeFixture("pids", "import os\nprint(os.getpid(), 'is me')\n", { stdout: "4242 is me\n", pid: 4242 }, { normalize: ["pid"] });

const fakeTranspile: Transpile = async (_source, { file }) => {
  const code = fakeOutputs[path.basename(file, ".py")];
  if (code !== undefined) return { code, diagnostics: [] };
  const span = { start: 0, end: 1 } as never;
  return { code: null, diagnostics: [{ code: "PY2TS2000", severity: "error", message: "fake", file, span }] };
};

const fixtureDirs = { samplesDir: path.join(fixture, "samples"), snapshotsDir: path.join(fixture, "snapshots") };

describe("sample suite on a fake pipeline, live python3 oracle", () => {
  defineSampleTests({ transpile: fakeTranspile, dirs: fixtureDirs });
});

describe("sample suite on a fake pipeline, recorded oracle", () => {
  defineSampleTests({ transpile: fakeTranspile, dirs: fixtureDirs, livePython: false });
});
