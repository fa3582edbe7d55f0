import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { compiledRuntime, runModule } from "./compiled.js";
import { KeyError, ValueError, OSError, FileNotFoundError, SystemExit, StopIteration, BaseException, Exception, formatExceptionOnly, toPyException, UnicodeDecodeError, UnicodeEncodeError } from "../../src/builtins/exceptions.js";
import { PyBytes, PyTuple, repr, str } from "../../src/builtins/index.js";

describe("exceptions", () => {
  it("str and repr follow CPython", () => {
    // python3: str/repr of each
    expect(str(new ValueError("x"))).toBe("x");
    expect(repr(new ValueError("x"))).toBe("ValueError('x')");
    expect(repr(new ValueError())).toBe("ValueError()");
    expect(repr(new ValueError(1, 2))).toBe("ValueError(1, 2)");
    expect(str(new ValueError(1, 2))).toBe("(1, 2)");
    expect(str(new KeyError("k"))).toBe("'k'");
    expect(repr(new KeyError("k"))).toBe("KeyError('k')");
    expect(formatExceptionOnly(new KeyError("k"))).toBe("KeyError: 'k'");
    expect(formatExceptionOnly(new ValueError())).toBe("ValueError");
    expect(formatExceptionOnly(new ValueError(""))).toBe("ValueError");
    expect(formatExceptionOnly(new ValueError(1, 2))).toBe("ValueError: (1, 2)");
  });
  it("user classes", () => {
    class E extends Exception {}
    class F extends Exception {
      override __str__(): string {
        throw new ValueError();
      }
    }
    expect(formatExceptionOnly(new E("m"))).toBe("E: m");
    expect(formatExceptionOnly(new F())).toBe("F: <exception str() failed>");
    (E as unknown as { __module__: string }).__module__ = "foo";
    expect(formatExceptionOnly(new E("x"))).toBe("foo.E: x");
    expect(new E("m")).toBeInstanceOf(BaseException);
    expect(new E("m")).toBeInstanceOf(Error);
  });
  it("OSError", () => {
    const e = new OSError(2, "No such file");
    expect(e).toBeInstanceOf(FileNotFoundError);
    expect(str(e)).toBe("[Errno 2] No such file");
    const f = new OSError(2, "x", "f");
    expect(f.args).toEqual(PyTuple.of(2, "x"));
    expect(str(f)).toBe("[Errno 2] x: 'f'");
    expect(str(new OSError(2, "x", "f", null, "g"))).toBe("[Errno 2] x: 'f' -> 'g'");
    expect(repr(f)).toBe("FileNotFoundError(2, 'x')");
    expect(str(new OSError(1))).toBe("1");
  });
  it("SystemExit, StopIteration, unicode errors", () => {
    expect(new SystemExit().code).toBe(null);
    expect(new SystemExit(3).code).toBe(3);
    expect(new StopIteration(5).value).toBe(5);
    const d = new UnicodeDecodeError("utf-8", new PyBytes(new Uint8Array([0xff, 0xfe])), 0, 1, "invalid start byte");
    expect(str(d)).toBe("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    expect(repr(d)).toBe("UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 1, 'invalid start byte')");
    expect(str(new UnicodeEncodeError("ascii", "éé", 0, 2, "ordinal not in range(128)"))).toBe(
      "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)",
    );
    expect(str(new UnicodeEncodeError("latin-1", "\u{1f600}", 0, 1, "ordinal not in range(256)"))).toBe(
      "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)",
    );
  });
  it("toPyException maps native errors", () => {
    const rec = (n: number): number => rec(n + 1) + 1;
    let caught: unknown;
    try {
      rec(0);
    } catch (e) {
      caught = e;
    }
    expect(formatExceptionOnly(toPyException(caught))).toBe("RecursionError: maximum recursion depth exceeded");
    let none: unknown;
    try {
      (null as unknown as { x: number }).x;
    } catch (e) {
      none = e;
    }
    expect(formatExceptionOnly(none)).toBe("AttributeError: 'NoneType' object has no attribute 'x'");
  });
  // ESM cycles among these modules are safe only if no module uses another's class at load
  // time; loading each one first in a fresh Node checks that on the compiled output.
  it("each module loads first without import-cycle errors", () => {
    const out = compiledRuntime();
    for (const m of readdirSync(join(out, "builtins")).filter((f) => f.endsWith(".js"))) {
      const res = runModule(`await import(${JSON.stringify(join(out, "builtins", m))}); console.log("ok")`);
      expect(`${m}: ${res.stdout.trim()}${res.stderr}`).toBe(`${m}: ok`);
    }
  }, 60000);
});

describe("Node system errors", () => {
  it("become OSError subclasses with CPython's text", async () => {
    const { openSync } = await import("node:fs");
    let caught: unknown;
    try {
      openSync("/nonexist", "r");
    } catch (e) {
      caught = e;
    }
    const py = toPyException(caught);
    // python3: open('/nonexist') -> FileNotFoundError(2, 'No such file or directory'); str adds the path
    expect(py).toBeInstanceOf(FileNotFoundError);
    expect(repr(py)).toBe("FileNotFoundError(2, 'No such file or directory')");
    expect(formatExceptionOnly(py)).toBe("FileNotFoundError: [Errno 2] No such file or directory: '/nonexist'");
  });
});
