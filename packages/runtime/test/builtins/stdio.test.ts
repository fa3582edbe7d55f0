// stdout/stderr buffering and print(), run in a fresh Node process on real file descriptors.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { compiledRuntime, runModule } from "./compiled.js";
import { printWith, print, kw, PyFloat, PyTuple, TypeError } from "../../src/builtins/index.js";

function run(body: string, input?: string) {
  const dir = join(compiledRuntime(), "builtins", "index.js");
  return runModule(`import * as b from ${JSON.stringify(dir)};\nimport { writeSync } from "node:fs";\n${body}`, { input });
}

describe("stdio", () => {
  it("holds a partial line until newline, flush or exit path", () => {
    // python3 -c 'import sys; sys.stdout.write("a"); ...' with line buffering behaves the same.
    const r = run(`b.stdout.write("a"); writeSync(1, "X"); b.print("b"); b.stdout.write("c"); b.flushStdio(); writeSync(1, "|");`);
    expect(r.stdout).toBe("Xab\nc|");
  }, 60000);
  it("write returns code points and print handles sep/end/file", () => {
    const r = run(`b.print(b.stdout.write("h\u{1f600}"), b.kw({ sep: "-" })); b.print(1, new b.PyFloat(2), "x", b.kw({ sep: ",", end: ";\\n" })); b.print("err", b.kw({ file: b.stderr })); b.printWith({ sep: "" }, "a", "b");`);
    expect(r.stdout).toBe("h\u{1f600}2\n1,2.0,x;\nab\n");
    expect(r.stderr).toBe("err\n");
  }, 60000);
  it("input reads one line", () => {
    const r = run(`const s = b.input("? "); b.print(b.repr(s)); try { b.input(); b.input(); } catch (e) { b.print(b.formatExceptionOnly(e)); }`, "hello\nworld");
    expect(r.stdout).toBe("? 'hello'\nEOFError: EOF when reading a line\n");
  }, 60000);
});

describe("print to a file object", () => {
  it("writes the pieces to any object with write()", () => {
    const parts: string[] = [];
    const file = { write: (s: string) => parts.push(s) };
    print(1, PyTuple.of(1), new PyFloat(0.5), kw({ file, sep: "|" }));
    printWith({ file, end: "" }, "z");
    expect(parts.join("")).toBe("1|(1,)|0.5\nz");
    // python3: print(1, sep=3) -> TypeError: sep must be None or a string, not int
    expect(() => print(1, kw({ sep: 3 }))).toThrow(TypeError);
    expect(() => print(1, kw({ foo: 3 }))).toThrow("'foo' is an invalid keyword argument for print()");
  });
});
