// logging and argparse against CPython 3.11 (expected texts recorded from python3).
import { describe, expect, it } from "vitest";
import { kw, PyDict, repr } from "../../src/builtins/index.js";
import * as logging from "../../src/logging.js";
import * as argparse from "../../src/argparse.js";

describe("logging", () => {
  it("formats records with process and thread names, lazy args and a mapping argument", () => {
    let out = "";
    const stream = { write: (s: string) => void (out += s) };
    const h = new logging.StreamHandler(stream);
    h.setFormatter(new logging.Formatter("%(levelname)s|%(name)s|%(processName)s|%(threadName)s|%(message)s"));
    const lg = logging.getLogger("a.b");
    lg.addHandler(h);
    lg.setLevel(logging.INFO);
    lg.propagate = false;
    lg.debug("no");
    lg.info("x=%d", 3);
    lg.warning("%(k)s", kwDict({ k: "v" }));
    expect(out).toBe("INFO|a.b|MainProcess|MainThread|x=3\nWARNING|a.b|MainProcess|MainThread|v\n");
  });
});

function kwDict(r: Record<string, unknown>): PyDict {
  return new PyDict(Object.entries(r));
}

describe("argparse", () => {
  const make = () => {
    const p = new argparse.ArgumentParser(kw({ prog: "t" }));
    p.add_argument("n", kw({ type: (s: string) => Number(s), nargs: "+" }));
    p.add_argument("--flag", kw({ action: "store_true" }));
    p.add_argument("-o", kw({ default: "x" }));
    return p;
  };
  it("parses positionals, flags and attached short values", () => {
    expect(repr(make().parse_args(["1", "2", "--flag", "-oy"]))).toBe("Namespace(n=[1, 2], flag=True, o='y')");
  });
  it("formats help as CPython", () => {
    expect(make().format_help()).toBe(
      "usage: t [-h] [--flag] [-o O] n [n ...]\n\npositional arguments:\n  n\n\noptions:\n  -h, --help  show this help message and exit\n  --flag\n  -o O\n",
    );
  });
});
