// open() in binary mode, iteration, context managers and write visibility, against python3.
import { describe, expect, it } from "vitest";
import { open } from "../../src/io.js";
import { PyBytes, repr } from "../../src/builtins/index.js";
import { emptied, freshDir, python, typescript, type Reporter } from "./oracle.js";

function same(py: string, ts: (r: Reporter, d: string) => void): void {
  const dir = freshDir();
  const expected = python(py, dir);
  expect(typescript(ts, emptied(dir))).toBe(expected);
}
const b = (s: string): PyBytes => PyBytes.fromLatin1(s);
const P = (d: string, n: string): string => `${d}/${n}`;

describe("open: binary", () => {
  it("reads, writes, seeks and truncates bytes", () => {
    same(
      `
f = open(D + "/b.bin", "wb"); show(f.write(b"hello\\nworld\\nlast"), f.tell(), f.mode, f.closed); f.writelines([b"!", b"?"]); f.close()
f = open(D + "/b.bin", "rb"); show(f.readline(), f.readline(3), f.tell(), f.read(2), f.readlines(), f.read(), f.read(5))
show(f.seek(0), list(f), f.seek(-3, 2), f.read(), f.seek(2), f.seek(1, 1), f.read(None), f.readline(None))
err(lambda: f.seek(-1)); err(lambda: f.read("a")); err(lambda: f.write(b"x")); err(lambda: f.seek("a"))
show(f.readable(), f.writable(), f.seekable(), f.isatty()); f.close(); show(f.closed)
err(lambda: f.read()); err(lambda: f.readline()); err(lambda: f.seek(0)); err(lambda: f.tell()); err(lambda: f.readlines()); err(lambda: f.__enter__())
with open(D + "/b.bin", "ab") as f: show(f.mode, f.tell(), f.write(b"Q"), f.tell(), f.seek(0), f.write(b"R"), f.tell())
show(open(D + "/b.bin", "rb").read())
with open(D + "/b.bin", "r+b") as f: show(f.mode, f.read(2), f.write(b"__"), f.tell(), f.read(), f.truncate(3), f.tell())
show(open(D + "/b.bin", "rb").read())
with open(D + "/b.bin", "w+b") as f: show(f.mode, f.write(b"abc\\r\\n"), f.seek(0), f.read())
with open(D + "/x.bin", "xb") as f: show(f.mode)
with open(D + "/x.bin", "x+b") if False else open(D + "/x.bin", "a+b") as f: show(f.mode, f.read(), f.seek(0), f.read())
err(lambda: open(D + "/b.bin", "rb").write(b"x"))
err(lambda: open(D + "/b.bin", "wb").read())
err(lambda: open(D + "/b.bin", "wb").write([1]))
`,
      (r, d) => {
        let f = open(P(d, "b.bin"), "wb") as any;
        r.show(f.write(b("hello\nworld\nlast")), f.tell(), f.mode, f.closed);
        f.writelines([b("!"), b("?")]);
        f.close();
        f = open(P(d, "b.bin"), "rb");
        r.show(f.readline(), f.readline(3), f.tell(), f.read(2), f.readlines(), f.read(), f.read(5));
        r.show(f.seek(0), [...f], f.seek(-3, 2), f.read(), f.seek(2), f.seek(1, 1), f.read(null), f.readline(null));
        for (const op of [() => f.seek(-1), () => f.read("a"), () => f.write(b("x")), () => f.seek("a")]) r.err(op);
        r.show(f.readable(), f.writable(), f.seekable(), f.isatty());
        f.close();
        r.show(f.closed);
        for (const op of [() => f.read(), () => f.readline(), () => f.seek(0), () => f.tell(), () => f.readlines(), () => f.__enter__()]) r.err(op);
        f = open(P(d, "b.bin"), "ab");
        r.show(f.mode, f.tell(), f.write(b("Q")), f.tell(), f.seek(0), f.write(b("R")), f.tell());
        f.__exit__(null, null, null);
        r.show((open(P(d, "b.bin"), "rb") as any).read());
        f = open(P(d, "b.bin"), "r+b");
        r.show(f.mode, f.read(2), f.write(b("__")), f.tell(), f.read(), f.truncate(3), f.tell());
        f.close();
        r.show((open(P(d, "b.bin"), "rb") as any).read());
        f = open(P(d, "b.bin"), "w+b");
        r.show(f.mode, f.write(b("abc\r\n")), f.seek(0), f.read());
        f.close();
        f = open(P(d, "x.bin"), "xb");
        r.show(f.mode);
        f.close();
        f = open(P(d, "x.bin"), "a+b");
        r.show(f.mode, f.read(), f.seek(0), f.read());
        f.close();
        r.err(() => (open(P(d, "b.bin"), "rb") as any).write(b("x")));
        r.err(() => (open(P(d, "b.bin"), "wb") as any).read());
        r.err(() => (open(P(d, "b.bin"), "wb") as any).write([1]));
      },
    );
  });

  it("shows reprs as CPython", () => {
    // Names relative to the cwd keep the expected text free of the temporary path.
    const code = `
import os; os.chdir(D)
for m in ["w", "r", "a", "r+", "rb", "wb", "ab", "rb+", "w+", "a+b"]:
    f = open("c.txt", m); print(repr(f)); f.close()
f = open(D.encode() + b"/c.txt", "rb"); print(repr(f.name)[:2], repr(f)[:30]); f.close()
`;
    const dir = freshDir();
    const expected = python(code, dir);
    const lines: string[] = [];
    for (const m of ["w", "r", "a", "r+", "rb", "wb", "ab", "rb+", "w+", "a+b"]) {
      const f = open(`${dir}/c.txt`, m) as any;
      lines.push(repr(f).replace(`${dir}/`, ""));
      f.close();
    }
    const f = open(PyBytes.fromLatin1(`${dir}/c.txt`), "rb") as any;
    lines.push(`${repr(f.name).slice(0, 2)} ${repr(f).slice(0, 30)}`);
    f.close();
    expect(lines.join("\n") + "\n").toBe(expected);
  });
});

describe("open: visibility of buffered writes", () => {
  it("an abandoned writer's data is on disk before the next open()", () => {
    same(
      `
open(D + "/v.txt", "w").write("abandoned")
show(open(D + "/v.txt").read())
f = open(D + "/w.txt", "w"); f.write("x" * 10000 + "\\n"); f.flush(); show(len(open(D + "/w.txt").read()))
f.write("tail"); f.close(); show(len(open(D + "/w.txt").read()))
with open(D + "/w.txt", "a") as g:
    for i in range(3): print(i, "line", file=g)
show(open(D + "/w.txt").read()[-21:])
with open(D + "/w.txt") as g:
    show([len(l) for l in g], g.closed)
show(g.closed)
`,
      (r, d) => {
        (open(P(d, "v.txt"), "w") as any).write("abandoned");
        r.show((open(P(d, "v.txt")) as any).read());
        const f = open(P(d, "w.txt"), "w") as any;
        f.write("x".repeat(10000) + "\n");
        f.flush();
        r.show((open(P(d, "w.txt")) as any).read().length);
        f.write("tail");
        f.close();
        r.show((open(P(d, "w.txt")) as any).read().length);
        const g = open(P(d, "w.txt"), "a") as any;
        for (let i = 0; i < 3; i++) g.write(`${i} line\n`);
        g.__exit__(null, null, null);
        r.show((open(P(d, "w.txt")) as any).read().slice(-21));
        const h = (open(P(d, "w.txt")) as any).__enter__();
        const lens: number[] = [];
        for (const line of h) lens.push(line.length);
        r.show(lens, h.closed);
        h.__exit__(null, null, null);
        r.show(h.closed);
      },
    );
  });
});
