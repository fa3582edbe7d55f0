// Issue #4 ("Python code, exactly"): the TypeScript that del, unbound names, multiple
// inheritance, super(C, self), generators and class attributes named `name` become.

import { describe, expect, it } from "vitest";
import { transpile } from "../../src/index.js";

/** The statements generated for `source`, without the module's import/enter/exit frame. */
async function body(source: string): Promise<string> {
  const result = await transpile(source, { file: "snippet.py" });
  if (result.code === null) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const lines = result.code.split("\n");
  const start = lines.findIndex((line) => line.startsWith("const __name__"));
  const end = lines.lastIndexOf("await exitMain();");
  return lines.slice(start + 1, end).join("\n").trim();
}

describe("del and unbound names", () => {
  it("del x at module level unbinds the variable (NameError on a second del)", async () => {
    expect(await body("x = 1\ndel x")).toBe('let x: any = UNBOUND;\nx = 1;\nx = deleteName(x, "x");');
  });

  it("a local read after del checks it is bound (UnboundLocalError)", async () => {
    expect(await body("def f():\n    v = 1\n    del v\n    return v")).toContain('v = deleteLocal(v, "v");\n  return checkLocal(v, "v");');
  });

  it("del obj.attr and del a, b", async () => {
    expect(await body("import sys\ndel sys.argv.x, sys.argv[1:2]")).toBe('delattr(sys.argv, "x");\ndelitem(sys.argv, new PySlice(1, 2, null));');
  });

  it("a loop target read after a loop that may not run", async () => {
    expect(await body("for j in []:\n    pass\nprint(j)")).toBe('let j: any = UNBOUND;\nfor (j of []) {\n}\nprint(checkName(j, "j"));');
  });

  it("except … as e used outside the handler: bound, then unbound when the handler ends", async () => {
    const code = await body("e = 0\ntry:\n    pass\nexcept ValueError as e:\n    pass\nprint(e)");
    expect(code).toContain("e = error;\n      try {\n      } finally {\n        e = UNBOUND;\n      }");
    expect(code).toContain('print(checkName(e, "e"));');
  });

  it("a name used only inside its handler stays a block const", async () => {
    expect(await body("try:\n    pass\nexcept ValueError as e:\n    print(e)")).toContain("const e = error;");
  });
});

describe("multiple inheritance", () => {
  const diamond = "class A:\n    def f(self):\n        return 1\nclass B(A):\n    def f(self):\n        return super().f()\nclass C(A):\n    pass\nclass D(B, C):\n    pass";

  it("class D(B, C) extends the runtime's MRO-ordered chain", async () => {
    expect(await body(diamond)).toContain("export class D extends multipleBases(B, C) {}");
  });

  it("super() in a class of such a hierarchy follows the MRO at run time", async () => {
    expect(await body(diamond)).toContain("return pySuper(B, this).f();");
  });

  it("super() with single inheritance only stays JS super", async () => {
    expect(await body("class A:\n    def f(self):\n        return 1\nclass B(A):\n    def f(self):\n        return super().f()")).toContain("return super.f();");
  });

  it("super(C, self) with arguments", async () => {
    expect(await body("class A:\n    def f(self):\n        return 1\nclass B(A):\n    def f(self):\n        return super(B, self).f()")).toContain("return pySuper(B, this).f();");
  });
});

describe("classes and generators", () => {
  it("a class attribute `name` keeps the Python class name apart", async () => {
    expect(await body('class Color:\n    name = "red"')).toContain('static __name__: any = "Color";\n  static name: any = "red";');
  });

  it("a generator function returns a PyGenerator around its JS generator body", async () => {
    expect(await body("def g():\n    yield 1")).toBe(
      'export function g(): Generator<any, any, any> {\n  return generator(function* () {\n    yield 1;\n  });\n}\n\ndefineFunction(g, "g()");',
    );
  });

  it("a generator method passes its this", async () => {
    expect(await body("class T:\n    def __iter__(self):\n        yield self")).toContain("return generator(function* (this: any) {\n      yield this;\n    }, this);");
  });

  it("class P(NamedTuple) extends a namedtuple base", async () => {
    expect(await body("from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\n    y: int = 0")).toContain('export class P extends namedTupleBase("P", ["x", "y"], [0]) {');
  });
});

describe("the exception being handled", () => {
  it("handlers run between enterExcept and leaveExcept; one leaving them is chained", async () => {
    const code = await body("try:\n    pass\nexcept ValueError:\n    raise KeyError('k')");
    expect(code).toContain("const error = enterExcept(thrown);");
    expect(code).toContain("} catch (raised: unknown) {\n    throw chainContext(raised, error);\n  } finally {\n    leaveExcept(error);\n  }");
  });

  it("a bare raise outside an except block re-raises what the caller handles", async () => {
    expect(await body("def helper():\n    raise")).toContain("throw reraise();");
  });
});
