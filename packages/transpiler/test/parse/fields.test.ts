// What the ast.dump oracle cannot see: docstrings, comments, spans (UTF-16 offsets), name spans.

import { describe, expect, test } from "vitest";
import type { ClassDef, ExprStmt, FunctionDef, Module } from "../../src/ast/nodes.js";
import { DiagnosticSink } from "../../src/diagnostics/sink.js";
import { parseModule } from "../../src/parse/index.js";

async function parse(source: string): Promise<Module> {
  const sink = new DiagnosticSink();
  const module = await parseModule(source, "t.py", sink);
  expect(sink.all()).toEqual([]);
  return module;
}

describe("docstrings", () => {
  test("functions and classes get their docstring and keep it as the first statement", async () => {
    const module = await parse('class C:\n    """Class doc."""\n    def m(self):\n        "m doc"\n        return 1\n');
    const cls = module.body[0] as ClassDef;
    expect(cls.docstring).toBe("Class doc.");
    expect(cls.body[0].kind).toBe("ExprStmt");
    const method = cls.body[1] as FunctionDef;
    expect(method.docstring).toBe("m doc");
    expect(method.body).toHaveLength(2);
  });

  test("an f-string or a later string is not a docstring", async () => {
    const module = await parse("def f():\n    f'x'\ndef g():\n    pass\n    'late'\n");
    expect((module.body[0] as FunctionDef).docstring).toBeNull();
    expect((module.body[1] as FunctionDef).docstring).toBeNull();
  });
});

describe("comments", () => {
  test("every comment, with its span and without '#'", async () => {
    const source = "# head\nx = [1,  # one\n  2]\nif x:\n    pass  # tail\n";
    const module = await parse(source);
    expect(module.comments.map((c) => c.text)).toEqual([" head", " one", " tail"]);
    for (const c of module.comments) expect(source.slice(c.span.start, c.span.end)).toBe(`#${c.text}`);
  });
});

describe("spans", () => {
  test("are UTF-16 offsets into the source", async () => {
    const source = "s = '😀é'; t = 1\n";
    const module = await parse(source);
    const second = module.body[1];
    expect(source.slice(second.span.start, second.span.end)).toBe("t = 1");
  });

  test("nameSpan covers the defined name; decorators are outside the def's name", async () => {
    const source = "@d\nasync def fetch(x): pass\n";
    const fn = (await parse(source)).body[0] as FunctionDef;
    expect(source.slice(fn.nameSpan.start, fn.nameSpan.end)).toBe("fetch");
    expect(fn.isAsync).toBe(true);
    expect(fn.decoratorList).toHaveLength(1);
  });

  test("expression statements span their expression", async () => {
    const source = "print('hi')\n";
    const stmt = (await parse(source)).body[0] as ExprStmt;
    expect(source.slice(stmt.value.span.start, stmt.value.span.end)).toBe("print('hi')");
  });
});

describe("literals", () => {
  test("bytes are a Uint8Array, big ints a bigint", async () => {
    const module = await parse("b'\\x00\\xffA'\n123456789012345678901234567890\n");
    const [bytes, big] = module.body as ExprStmt[];
    expect(bytes.value).toMatchObject({ kind: "Constant", value: { type: "bytes", value: new Uint8Array([0, 255, 65]) } });
    expect(big.value).toMatchObject({ kind: "Constant", value: { type: "int", value: 123456789012345678901234567890n } });
  });

  test("an unknown \\N{...} name is reported, not guessed", async () => {
    const sink = new DiagnosticSink();
    await parseModule("'\\N{GREEK SMALL LETTER FINAL SIGMA WITH NOTHING}'\n", "t.py", sink);
    expect(sink.all().map((d) => d.code)).toEqual(["PY2TS2001"]);
  });
});
