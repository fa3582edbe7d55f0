// open(): text and binary files compared with python3 doing the same operations.
import { describe, expect, it } from "vitest";
import { open } from "../../src/io.js";
import { kw, PyBytes } from "../../src/builtins/index.js";
import { emptied, freshDir, python, typescript, type Reporter } from "./oracle.js";

type Case = { py: string; ts: (r: Reporter, d: string) => void };

function same({ py, ts }: Case): void {
  const dir = freshDir();
  const expected = python(py, dir);
  const actual = typescript(ts, emptied(dir));
  expect(actual).toBe(expected);
}

const b = (s: string): PyBytes => PyBytes.fromLatin1(s);
// Both sides name files relative to D; repr(f) then shows the same (temp-independent) name.
const P = (d: string, n: string): string => `${d}/${n}`;

describe("open: text", () => {
  it("writes, reads back, counts code points, reprs", () => {
    same({
      py: `
f = open(D + "/a.txt", "w"); show(f.write("héllo\\r\\nx\\ry\\n😀"), f.tell(), f.closed, f.mode, f.encoding, f.errors, f.newlines, f.line_buffering)
show(f.readable(), f.writable(), f.seekable()); f.close(); show(f.closed)
f = open(D + "/a.txt"); show(f.read(3), f.tell(), f.readline(), f.readline(), f.read(), f.read(), f.newlines); f.close()
f = open(D + "/a.txt"); show(f.readlines()); f.close()
f = open(D + "/a.txt", newline=""); show(f.readlines()); f.close()
f = open(D + "/a.txt", newline="\\r"); show(list(f)); f.close()
f = open(D + "/a.txt", newline="\\r\\n"); show(list(f)); f.close()
f = open(D + "/a.txt", newline="\\n"); show(list(f)); f.close()
f = open(D + "/a.txt"); show(f.readline(1), f.readline(1), f.readline(0), f.readline(2), f.readlines(2), f.read(1), f.read(0), f.read(9)); f.close()
`,
      ts: (r, d) => {
        let f = open(P(d, "a.txt"), "w") as any;
        r.show(f.write("héllo\r\nx\ry\n😀"), f.tell(), f.closed, f.mode, f.encoding, f.errors, f.newlines, f.line_buffering);
        r.show(f.readable(), f.writable(), f.seekable());
        f.close();
        r.show(f.closed);
        f = open(P(d, "a.txt"));
        r.show(f.read(3), f.tell(), f.readline(), f.readline(), f.read(), f.read(), f.newlines);
        f.close();
        f = open(P(d, "a.txt"));
        r.show(f.readlines());
        f.close();
        f = open(P(d, "a.txt"), kw({ newline: "" }));
        r.show(f.readlines());
        f.close();
        for (const nl of ["\r", "\r\n", "\n"]) {
          f = open(P(d, "a.txt"), kw({ newline: nl }));
          r.show([...f]);
          f.close();
        }
        f = open(P(d, "a.txt"));
        r.show(f.readline(1), f.readline(1), f.readline(0), f.readline(2), f.readlines(2), f.read(1), f.read(0), f.read(9));
        f.close();
      },
    });
  });

  it("translates newlines on write and appends", () => {
    same({
      py: `
for nl in [None, "", "\\n", "\\r", "\\r\\n"]:
    with open(D + "/n.txt", "w", newline=nl) as f: f.write("a\\nb\\r\\nc")
    with open(D + "/n.txt", "rb") as f: show(f.read())
with open(D + "/n.txt", "a") as f: show(f.tell(), f.write("Z\\n"), f.tell())
with open(D + "/n.txt") as f: show(f.read())
with open(D + "/n.txt", "r+") as f: show(f.read(2), f.write("__"), f.tell()); f.seek(0); show(f.read())
with open(D + "/n.txt", "w+") as f: show(f.write("xyz"), f.seek(0), f.read(), f.seek(0, 2), f.seek(0, 1), f.truncate(1), f.tell())
with open(D + "/n.txt") as f: show(f.read())
`,
      ts: (r, d) => {
        for (const nl of [null, "", "\n", "\r", "\r\n"]) {
          let f = open(P(d, "n.txt"), "w", kw({ newline: nl })) as any;
          f.write("a\nb\r\nc");
          f.close();
          f = open(P(d, "n.txt"), "rb");
          r.show(f.read());
          f.close();
        }
        let f = open(P(d, "n.txt"), "a") as any;
        r.show(f.tell(), f.write("Z\n"), f.tell());
        f.close();
        r.show((open(P(d, "n.txt")) as any).read());
        f = open(P(d, "n.txt"), "r+");
        r.show(f.read(2), f.write("__"), f.tell());
        f.seek(0);
        r.show(f.read());
        f.close();
        f = open(P(d, "n.txt"), "w+");
        r.show(f.write("xyz"), f.seek(0), f.read(), f.seek(0, 2), f.seek(0, 1), f.truncate(1), f.tell());
        f.close();
        r.show((open(P(d, "n.txt")) as any).read());
      },
    });
  });

  it("sees data appended after end of file, and keeps lines split across writes", () => {
    same({
      py: `
w = open(D + "/g.txt", "w"); w.write("one\\ntw"); w.flush()
r = open(D + "/g.txt")
show(r.readline(), r.readline(), r.readline(), r.read())
w.write("o\\r"); w.flush(); show(r.readline(), r.read())
w.write("\\nthree"); w.close(); show(r.readline(), r.read(), r.read(), r.tell())
r.close()
`,
      ts: (r, d) => {
        const w = open(P(d, "g.txt"), "w") as any;
        w.write("one\ntw");
        w.flush();
        const f = open(P(d, "g.txt")) as any;
        r.show(f.readline(), f.readline(), f.readline(), f.read());
        w.write("o\r");
        w.flush();
        r.show(f.readline(), f.read());
        w.write("\nthree");
        w.close();
        r.show(f.readline(), f.read(), f.read(), f.tell());
        f.close();
      },
    });
  });

  it("raises CPython's errors", () => {
    same({
      py: `
open(D + "/e.txt", "w").close()
for m in ["rw", "rr", "q", "rt+b", "U", "t", "b", "+", "wx", "rb+"]:
    err(lambda: open(D + "/e.txt", m).mode)
err(lambda: open(D + "/e.txt", "rb", encoding="utf-8"))
err(lambda: open(D + "/e.txt", "rb", errors="strict"))
err(lambda: open(D + "/e.txt", "rb", newline=""))
err(lambda: open(D + "/e.txt", "r", newline="x"))
err(lambda: open(D + "/e.txt", encoding="bogus"))
err(lambda: open(3.5))
err(lambda: open(D + "/e.txt", "r", 1, None, None, None, True, None, 1))
err(lambda: open(D + "/e.txt", bogus=1))
err(lambda: open(D + "/e.txt", "x"))
err(lambda: open(D))
e = None
try: open("nope.txt")
except OSError as x: e = x
show(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
f = open(D + "/e.txt"); err(lambda: f.write("x")); f.close()
err(lambda: f.read()); err(lambda: f.readline()); err(lambda: f.write("x")); err(lambda: f.tell()); err(lambda: f.seek(0)); err(lambda: next(f)); err(lambda: f.fileno())
f = open(D + "/e.txt", "w"); err(lambda: f.read()); err(lambda: f.write(b"x")); err(lambda: f.write(3)); err(lambda: f.seek(1, 1)); err(lambda: f.seek(1, 2)); err(lambda: f.seek(-1)); err(lambda: f.seek(0, 5)); f.close()
f = open(D + "/e.txt", "wb"); err(lambda: f.write("x")); err(lambda: f.read()); f.close(); err(lambda: f.write(b"x")); err(lambda: f.flush()); err(lambda: f.tell())
open(D + "/u.txt", "wb").write(b"ok\\xff\\n")
err(lambda: open(D + "/u.txt").read())
show(open(D + "/u.txt", errors="replace").read(), open(D + "/u.txt", encoding="latin-1").read())
err(lambda: open(D + "/u.txt", "w", encoding="ascii").write("é"))
`,
      ts: (r, d) => {
        (open(P(d, "e.txt"), "w") as any).close();
        for (const m of ["rw", "rr", "q", "rt+b", "U", "t", "b", "+", "wx", "rb+"]) r.err(() => (open(P(d, "e.txt"), m) as any).mode);
        r.err(() => open(P(d, "e.txt"), "rb", kw({ encoding: "utf-8" })));
        r.err(() => open(P(d, "e.txt"), "rb", kw({ errors: "strict" })));
        r.err(() => open(P(d, "e.txt"), "rb", kw({ newline: "" })));
        r.err(() => open(P(d, "e.txt"), "r", kw({ newline: "x" })));
        r.err(() => open(P(d, "e.txt"), kw({ encoding: "bogus" })));
        r.err(() => open({ value: 3.5, constructor: { __name__: "float" } }));
        r.err(() => open(P(d, "e.txt"), "r", 1, null, null, null, true, null, 1));
        r.err(() => open(P(d, "e.txt"), kw({ bogus: 1 })));
        r.err(() => open(P(d, "e.txt"), "x"));
        r.err(() => open(d));
        try {
          open("nope.txt");
        } catch (e: any) {
          r.show(e.constructor.name, e.errno, e.strerror, e.filename, e.__str__());
        }
        let f = open(P(d, "e.txt")) as any;
        r.err(() => f.write("x"));
        f.close();
        for (const op of [() => f.read(), () => f.readline(), () => f.write("x"), () => f.tell(), () => f.seek(0), () => f.__next__(), () => f.fileno()]) r.err(op);
        f = open(P(d, "e.txt"), "w");
        for (const op of [() => f.read(), () => f.write(b("x")), () => f.write(3), () => f.seek(1, 1), () => f.seek(1, 2), () => f.seek(-1), () => f.seek(0, 5)]) r.err(op);
        f.close();
        f = open(P(d, "e.txt"), "wb");
        r.err(() => f.write("x"));
        r.err(() => f.read());
        f.close();
        for (const op of [() => f.write(b("x")), () => f.flush(), () => f.tell()]) r.err(op);
        (open(P(d, "u.txt"), "wb") as any).write(b("ok\xff\n"));
        r.err(() => (open(P(d, "u.txt")) as any).read());
        r.show((open(P(d, "u.txt"), kw({ errors: "replace" })) as any).read(), (open(P(d, "u.txt"), kw({ encoding: "latin-1" })) as any).read());
        r.err(() => (open(P(d, "u.txt"), "w", kw({ encoding: "ascii" })) as any).write("é"));
      },
    });
  });
});
