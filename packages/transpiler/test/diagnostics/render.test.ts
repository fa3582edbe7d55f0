// Exact text of the pretty and compact renderers, and line/column lookup.

import { describe, expect, test } from "vitest";
import { LineTable, lineColumn } from "../../src/ast/location.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { expectedToken, unsupportedConstruct } from "../../src/diagnostics/messages.js";
import { renderCompact, renderPretty } from "../../src/diagnostics/render.js";

const source = "import os\nif x\n    pass\n";
const diagnostic: Diagnostic = { ...expectedToken({ start: 14, end: 14 }, ":"), file: "demo.py" };

describe("renderCompact", () => {
  test("one line with 1-based line and column", () => {
    expect(renderCompact(diagnostic, source)).toBe("demo.py:2:5: error PY2TS1002: expected ':'");
  });
});

describe("renderPretty", () => {
  test("header, code frame with gutter and a caret for an empty span", () => {
    expect(renderPretty(diagnostic, source)).toBe(
      ["demo.py:2:5 - error PY2TS1002: expected ':'", "", "2 | if x", "  |     ^"].join("\n"),
    );
  });

  test("underline covers the span; notes follow", () => {
    const src = "x = 1\n".repeat(9) + "with lock:\n    pass\n";
    const start = src.indexOf("with");
    const d: Diagnostic = {
      ...unsupportedConstruct({ start, end: start + 9 }, "this with statement"),
      file: "w.py",
      notes: ["see docs/unsupported.md"],
    };
    expect(renderPretty(d, src)).toBe(
      [
        "w.py:10:1 - error PY2TS2001: this with statement is not supported by py2ts",
        "",
        "10 | with lock:",
        "   | ^~~~~~~~~",
        "  note: see docs/unsupported.md",
      ].join("\n"),
    );
  });

  test("columns count code points; a span running past the line stops at its end", () => {
    const src = "s = '😀' + bad(\n    1)\n";
    const start = src.indexOf("bad");
    const d: Diagnostic = { ...unsupportedConstruct({ start, end: src.length }, "bad"), file: "u.py" };
    expect(renderPretty(d, src)).toBe(
      ["u.py:1:11 - error PY2TS2001: bad is not supported by py2ts", "", "1 | s = '😀' + bad(", "  |           ^~~~"].join("\n"),
    );
  });

  test("tabs in the indentation are kept under the text", () => {
    const src = "if x:\n\tfoo bar\n";
    const start = src.indexOf("bar");
    const d: Diagnostic = { ...expectedToken({ start, end: start + 3 }, "("), file: "t.py" };
    expect(renderPretty(d, src)).toBe(["t.py:2:6 - error PY2TS1002: expected '('", "", "2 | \tfoo bar", "  | \t    ^~~"].join("\n"));
  });
});

describe("lineColumn", () => {
  test("1-based lines and code-point columns, \\n, \\r\\n and \\r line ends", () => {
    const text = "ab\r\n😀x\rz\n";
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 6)).toEqual({ line: 2, column: 2 }); // after the two UTF-16 units of 😀
    expect(lineColumn(text, 8)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, text.length)).toEqual({ line: 4, column: 1 });
  });

  test("a LineTable answers many lookups and gives line text", () => {
    const table = new LineTable("one\ntwo\r\nthree");
    expect(table.lineCount).toBe(3);
    expect(table.lookup(5)).toEqual({ line: 2, column: 2 });
    expect(table.lineText(2)).toBe("two");
    expect(table.lineText(3)).toBe("three");
  });
});
