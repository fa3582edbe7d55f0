// Per-construct lowering: the exact TypeScript each Python construct becomes. Whole programs
// are pinned by the sample snapshots; these pin one construct each, so a change shows where.

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

async function diagnostics(source: string): Promise<string[]> {
  const result = await transpile(source, { file: "snippet.py" });
  return result.diagnostics.map((d) => `${d.code}: ${d.message}`);
}

describe("statements", () => {
  it("x //= 2 on an int → the int fast path", async () => {
    expect(await body("x = 7\nx //= 2\nprint(x)")).toBe("let x: any = 7;\nx = floordivInt(x, 2);\nprint(x);");
  });

  it("x //= 2 on a value of unknown type → Python's in-place operator", async () => {
    expect(await body("import sys\nx = sys.argv\nx //= 2")).toBe("let x: any = sys.argv;\nx = ifloordiv(x, 2);");
  });

  it("a single binding is a typed const", async () => {
    expect(await body("name = 'py'\nprint(name)")).toBe('const name: str = "py";\nprint(name);');
  });

  it("tuple assignment checks the item count", async () => {
    expect(await body("a, b = 1, 2")).toBe("const [a, b] = unpack(PyTuple.of(1, 2), 2);");
  });

  it("for i in range(n) over ints is a counting loop", async () => {
    expect(await body("for i in range(3):\n    print(i)")).toBe("for (let i = 0; i < 3; i++) {\n  print(i);\n}");
  });

  it("range's bound is evaluated once", async () => {
    expect(await body("n = 5\nfor i in range(1, len([n])):\n    print(i)")).toBe(
      "const n: int = 5;\nconst stop = len([n]);\nfor (let i = 1; i < stop; i++) {\n  print(i);\n}",
    );
  });

  it("a loop variable used after the loop keeps Python's last value (NameError if the loop never ran)", async () => {
    expect(await body("for i in [1, 2]:\n    pass\nprint(i)")).toBe('let i: any = UNBOUND;\nfor (i of [1, 2]) {\n}\nprint(checkName(i, "i"));');
  });

  it("if/elif/else conditions go through truth()", async () => {
    expect(await body("x = []\nif x:\n    pass\nelif not x:\n    print(1)")).toBe(
      "const x: any[] = [];\nif (truth(x)) {\n} else if (!truth(x)) {\n  print(1);\n}",
    );
  });

  it("`is None` compares with null loosely (undefined is None too)", async () => {
    expect(await body("x = None\nprint(x is None, x is not None)")).toBe("const x = null;\nprint(x == null, x != null);");
  });

  it("the __main__ guard is a plain string comparison", async () => {
    expect(await body("if __name__ == '__main__':\n    print('main')")).toBe('if (__name__ === "__main__") {\n  print("main");\n}');
  });
});

describe("expressions", () => {
  it("f-strings format through str() and format()", async () => {
    expect(await body("x = 1.5\nprint(f'{x} {x:.2f} {x!r}')")).toBe(
      "const x = float(1.5);\nprint(`${str(x)} ${format(x, \".2f\")} ${repr(x)}`);",
    );
  });

  it("float literals stay floats", async () => {
    expect(await body("print(4.0)")).toBe("print(float(4));");
  });

  it("ints beyond 2**53 are bigints", async () => {
    expect(await body("print(12345678901234567890)")).toBe("print(12345678901234567890n);");
  });

  it("chained comparisons evaluate the middle once", async () => {
    expect(await body("def f():\n    return 2\nprint(1 < f() < 3)")).toContain("1 < (middle = f()) && middle < 3");
  });

  it("`and` yields an operand, not a boolean", async () => {
    expect(await body("a = 0\nb = 2\nprint(a and b)")).toBe("const a: int = 0;\nconst b: int = 2;\nprint(truth(a) ? b : a);");
  });
});

describe("#6 closures a forked child runs", () => {
  it("a nested def as a Process target is registered and gets a module-level factory", async () => {
    const code = await body(
      "import multiprocessing\ndef outer(q):\n    n = 1\n    def inner():\n        q.put(n)\n    multiprocessing.Process(target=inner).start()",
    );
    expect(code).toContain('forkClosure(inner, "forkClosure_inner", () => ({ q, n }), "outer.<locals>.inner");');
    expect(code).toContain("export function forkClosure_inner(q: any, n: any) {");
  });

  it("a lambda's non-literal default travels as its holder", async () => {
    const code = await body("import multiprocessing\ndef go(xs):\n    multiprocessing.Process(target=lambda b=list(xs): print(b))");
    expect(code).toMatch(/\(\(lambda_b_default\w*: any\) =>\s+forkClosure\(/);
    expect(code).toMatch(/export function forkClosure_lambda\(lambda_b_default\w*: any\)/);
  });

  it("a lambda that is no process's callable is left alone", async () => {
    expect(await body("import multiprocessing\ndef go(xs):\n    return sorted(xs, key=lambda x: -x)")).not.toContain("forkClosure");
  });
});

describe("calls", () => {
  it("keywords bind to parameters at compile time, skipping defaults", async () => {
    expect(await body("def f(a, b=2, c=3):\n    return a\nf(1, c=5)")).toContain("f(1, undefined, 5);");
  });

  it("*args and **kwargs are collected at compile time", async () => {
    expect(await body("def f(a, *rest, **kw):\n    return a\nf(1, 2, 3, k=4)")).toContain(
      'f(1, PyTuple.of(2, 3), new PyDict([["k", 4]]));',
    );
  });

  it("runtime callables get keywords as a trailing kw()", async () => {
    expect(await body("import multiprocessing\ndef w():\n    pass\np = multiprocessing.Process(target=w, name='x')")).toContain(
      'const p = new multiprocessing.Process(kw({ target: w, name: "x" }));',
    );
  });

  it("print's keywords become printWith options", async () => {
    expect(await body("print(1, 2, sep='-', end='')")).toBe('printWith({ sep: "-", end: "" }, 1, 2);');
  });
});

describe("types", () => {
  it("an accumulator of ints is an int: int fast paths and plain comparisons", async () => {
    const code = await body("def total(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t\nprint(total(10) > 5)");
    // Bounded (analyze/intervals.ts): plain JS arithmetic.
    expect(code).toContain("t = t + i * i;");
    expect(code).toContain("print(total(10) > 5);");
    // `t *= 2` makes t unbounded: the exact int fast paths stay.
    const doubling = await body("def total(n):\n    t = 0\n    for i in range(n):\n        t += i\n        t *= 2\n    return t\nprint(total(10) > 5)");
    expect(doubling).toContain("t = addInt(t, i);");
    expect(doubling).toContain("t = mulInt(t, 2);");
  });

  it("a float mixed in makes a variable's type unknown, and generic operators apply", async () => {
    const code = await body("x = 0\nx = x + 0.5\nprint(x < 1)");
    expect(code).toContain("x = add(x, float(0.5));");
    expect(code).toContain("print(lt(x, 1));");
  });

  it("a parameter takes its call sites' types only when the function never escapes", async () => {
    const escapes = await body("def f(n):\n    return n + 1\ng = f\nprint(f(1))");
    expect(escapes).toContain("return add(n, 1);");
    const local = await body("def f(n):\n    return n + 1\nprint(f(1))");
    expect(local).toContain("return n + 1;");
    const big = await body("def f(n):\n    return n + 1\nprint(f(1), f(123456789012345678901234567890))");
    expect(big).toContain("return addInt(n, 1);");
  });

  it("list elements are never trusted for raw truthiness", async () => {
    const code = await body("xs = [True, False]\nfor i in range(2):\n    if xs[i]:\n        print(i)");
    expect(code).toContain("if (truth(listGet(xs, i)))");
  });

  it("range with a literal negative step counts down", async () => {
    expect(await body("for i in range(5, 0, -2):\n    print(i)")).toBe("for (let i = 5; i > 0; i += -2) {\n  print(i);\n}");
  });
});

describe("blocking inference", () => {
  it("a function that sleeps is async and awaited by its callers", async () => {
    const code = await body("import time\ndef nap():\n    time.sleep(0.1)\ndef outer():\n    nap()\nouter()");
    expect(code).toContain("export async function nap()");
    expect(code).toContain("export async function outer()");
    expect(code).toContain("await nap();");
    expect(code).toContain("await outer();");
  });

  it("a CPU-bound function stays synchronous", async () => {
    const code = await body("def square(x):\n    return x * x\nprint(square(3))");
    expect(code).toContain("export function square(x: any)");
    expect(code).not.toContain("await");
  });
});

describe("unsupported input is a located diagnostic, never output", () => {
  it("an unknown module", async () => {
    expect(await diagnostics("import pandas as pd")).toEqual(["PY2TS3001: module 'pandas' is not supported by py2ts"]);
  });

  it("a name the runtime lacks", async () => {
    expect(await diagnostics("from threading import settrace")).toEqual(["PY2TS3002: 'threading.settrace' is not supported by py2ts"]);
  });

  it("a literal regular expression JS cannot express is located at conversion", async () => {
    expect(await diagnostics('import re\nre.findall(r"(?>a+)b", "aaab")')).toEqual([
      "PY2TS2001: an atomic group (?>...) in a regular expression (JavaScript's RegExp cannot express it) is not supported by py2ts",
    ]);
    // \\W in a class is expressible under re.ASCII, and flags written as re.A | re.I are read.
    expect(await diagnostics('import re\nre.compile(r"[\\W]", re.A | re.I)')).toEqual([]);
    expect(await diagnostics('from re import compile, I\ncompile(r"[\\W]", I)')).toEqual([
      "PY2TS2001: \\W inside a character class (without re.ASCII) in a regular expression (JavaScript's RegExp cannot express it) is not supported by py2ts",
    ]);
    // An invalid pattern is CPython's re.error at run time, which the script may catch.
    expect(await diagnostics('import re\nre.compile("(")')).toEqual([]);
  });

  it("#7 sys.executable with -c or -m in a literal argument list is located at conversion", async () => {
    const child = "PY2TS2001: a Python child started as sys.executable with";
    expect(await diagnostics('import subprocess, sys\nsubprocess.run([sys.executable, "-c", "print(1)"])')).toEqual([
      `${child} \`-c code\` (py2ts runs converted .py scripts only) is not supported by py2ts`,
    ]);
    expect(await diagnostics('from subprocess import Popen\nfrom sys import executable as py\nPopen((py, "-u", "-m", "json.tool"))')).toEqual([
      `${child} \`-m module\` (py2ts runs converted .py scripts only) is not supported by py2ts`,
    ]);
    // A converted script, and argument lists that are not literals, are the runtime's to run.
    expect(await diagnostics('import subprocess, sys\nsubprocess.run([sys.executable, "-u", "child.py", "-c"])')).toEqual([]);
    expect(await diagnostics('import subprocess, sys\nargv = [sys.executable, "-c", "1"]\nsubprocess.run(argv)')).toEqual([]);
  });

  it("#6 a lambda Process target converts; one that reads a method's self is located", async () => {
    expect(await diagnostics('import multiprocessing\nmultiprocessing.Process(target=lambda: 1)')).toEqual([]);
    expect(await diagnostics("import multiprocessing\nclass C:\n    def go(self):\n        multiprocessing.Process(target=lambda: self.x)")).toEqual([
      "PY2TS2001: a lambda that reads the method's 'self' as a forked process's callable (use a nested def) is not supported by py2ts",
    ]);
    expect(await diagnostics('import threading\nthreading.Thread(target=lambda: 1)')).toEqual([]);
  });

  it("numpy outside the subset the runtime provides is located by name (#7)", async () => {
    expect(await diagnostics("import numpy as np\nx = np.float32(1)\ny = np.linalg.norm(np.zeros(3))\nz = np.random.normal()")).toEqual([
      "PY2TS3002: 'numpy.float32' is not supported by py2ts",
      "PY2TS3002: 'numpy.linalg' is not supported by py2ts",
      "PY2TS3002: 'numpy.random.normal' is not supported by py2ts",
    ]);
    expect(await diagnostics("from numpy.random import default_rng")).toEqual(["PY2TS3002: 'numpy.random.default_rng' is not supported by py2ts"]);
    expect(await diagnostics("import numpy as np\nnp.random.seed(0)\nx = np.sum(np.random.rand(3) ** 2)")).toEqual([]);
  });

  it("a member the runtime's module lacks is caught at conversion, not looked up at run time", async () => {
    expect(await diagnostics("import os\npid = os.forkpty()")).toEqual(["PY2TS3002: 'os.forkpty' is not supported by py2ts"]);
  });

  it("a missing module is reported once, at its import", async () => {
    expect(await diagnostics("import pandas\nx = pandas.DataFrame()\ny = pandas.Series()")).toEqual([
      "PY2TS3001: module 'pandas' is not supported by py2ts",
    ]);
  });

  it("a builtin the runtime lacks", async () => {
    expect(await diagnostics("print(locals())")).toEqual(["PY2TS2001: the builtin 'locals' is not supported by py2ts"]);
  });
});
