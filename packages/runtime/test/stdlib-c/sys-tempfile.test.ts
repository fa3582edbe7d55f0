// sys's interpreter facts and tempfile's naming and cleanup rules, checked against python3.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import * as sys from "../../src/sys.js";
import * as tempfile from "../../src/tempfile.js";
import { repr, str } from "../../src/builtins/repr.js";
import { getitem } from "../../src/builtins/items.js";
import { lt, ge } from "../../src/builtins/compare.js";
import { kw, PyTuple } from "../../src/builtins/index.js";
import { PySlice } from "../../src/builtins/bytes.js";

const py = (code: string) => execFileSync("python3", ["-c", `import sys\n${code}`], { encoding: "utf8" });

describe("sys", () => {
  it("reports CPython 3.11's facts with its reprs", () => {
    const expected = py(`
print(repr(sys.version_info), repr(sys.version_info[:2]), sys.version_info >= (3, 8), sys.version_info < (3, 11))
print(repr(sys.float_info))
print(repr(sys.int_info))
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode, sys.hexversion, sys.getrecursionlimit())
`);
    const got = [
      [repr(sys.version_info), repr(getitem(sys.version_info, new PySlice(null, 2, null))), repr(ge(sys.version_info, PyTuple.of(3, 8))), repr(lt(sys.version_info, PyTuple.of(3, 11)))].join(" "),
      repr(sys.float_info),
      repr(sys.int_info),
      [sys.platform, sys.byteorder, str(sys.maxsize), sys.maxunicode, sys.hexversion, sys.getrecursionlimit()].join(" "),
    ].join("\n") + "\n";
    expect(got).toBe(expected);
  });

  it("setrecursionlimit validates as CPython", () => {
    expect(() => sys.setrecursionlimit(0)).toThrow("recursion limit must be greater or equal than 1");
    sys.setrecursionlimit(1500);
    expect(sys.getrecursionlimit()).toBe(1500);
    sys.setrecursionlimit(1000);
  });
});

describe("tempfile", () => {
  it("names and permissions follow CPython", () => {
    const d = tempfile.mkdtemp(kw({ prefix: "pre-", suffix: ".s" }));
    expect(d).toMatch(/\/pre-[a-z0-9_]{8}\.s$/);
    expect(statSync(d).mode & 0o777).toBe(0o700);
    const [fd, path] = tempfile.mkstemp(kw({ dir: d })) as unknown as [number, string];
    expect(typeof fd).toBe("number");
    expect(path.startsWith(`${d}/tmp`)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const td = new tempfile.TemporaryDirectory(kw({ dir: d }));
    expect(td.__enter__()).toBe(td.name);
    expect(repr(td)).toBe(`<TemporaryDirectory ${repr(td.name)}>`);
    td.__exit__();
    expect(existsSync(td.name)).toBe(false);
    td.cleanup();
    const f = tempfile.NamedTemporaryFile(kw({ mode: "w+", dir: d }));
    f.write("x");
    f.flush();
    expect(existsSync(f.name)).toBe(true);
    f.close();
    expect(existsSync(f.name)).toBe(false);
    rmSync(d, { recursive: true });
    expect(tempfile.gettempdir()).toBe(py("import tempfile; print(tempfile.gettempdir())").trim());
  });
});
