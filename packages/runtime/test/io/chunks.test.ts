// Text decoding across 8 KiB chunk boundaries (split UTF-8 sequences, "\r\n" split in two),
// tell()/seek() round trips, and method argument errors, against python3.
import { describe, expect, it } from "vitest";
import { open } from "../../src/io.js";
import { kw, PyBytes } from "../../src/builtins/index.js";
import { emptied, freshDir, python, typescript } from "./oracle.js";

const bytes = (b: Buffer): PyBytes => new PyBytes(new Uint8Array(b));

describe("text files across chunk boundaries", () => {
  it("reads lines, sizes and positions as python3", () => {
    const dir = freshDir();
    // Offsets chosen so that "é", "😀" and "\r\n" straddle byte 8192 in different files.
    const py = `
import hashlib
def make(pad, tail):
    return b"x" * pad + tail
cases = [(8191, "é\\r\\nz".encode()), (8190, "😀ab\\n".encode()), (8191, b"\\r\\nq\\rr"), (8192, b"\\r\\n"), (16383, b"\\r\\n\\r\\n")]
for i, (pad, tail) in enumerate(cases):
    name = D + f"/c{i}.txt"
    open(name, "wb").write(make(pad, tail))
    with open(name) as f:
        ls = f.readlines()
        show(len(ls), [len(l) for l in ls][-3:], ls[-1][-5:], f.newlines)
    with open(name) as f:
        f.read(pad - 2); show(f.read(4), f.tell()); t = f.tell(); show(f.readline()[-4:]); f.seek(t); show(f.read(3))
    with open(name, newline="") as f:
        show([l[-3:] for l in f][-3:])
with open(D + "/a.txt", "w", encoding="ascii") as f:
    err(lambda: f.write("é")); show(f.write("ok"))
show(open(D + "/a.txt").read())
f = open(D + "/a.txt")
err(lambda: f.read(size=1)); err(lambda: f.read(1, 2)); err(lambda: f.write()); err(lambda: f.seek()); err(lambda: f.readline("x")); err(lambda: f.read(1.5))
f.close()
with open(D + "/p.txt", "w") as f:
    print("a", 1, file=f); print("b", end="", file=f)
show(open(D + "/p.txt").read())
`;
    const expected = python(py, dir);
    const actual = typescript((r, d) => {
      const cases: [number, Buffer][] = [
        [8191, Buffer.from("é\r\nz")],
        [8190, Buffer.from("😀ab\n")],
        [8191, Buffer.from("\r\nq\rr", "latin1")],
        [8192, Buffer.from("\r\n", "latin1")],
        [16383, Buffer.from("\r\n\r\n", "latin1")],
      ];
      cases.forEach(([pad, tail], i) => {
        const name = `${d}/c${i}.txt`;
        const w = open(name, "wb") as any;
        w.write(bytes(Buffer.concat([Buffer.alloc(pad, "x"), tail])));
        w.close();
        let f = open(name) as any;
        const ls: string[] = f.readlines();
        r.show(ls.length, ls.map((l) => [...l].length).slice(-3), [...ls[ls.length - 1]!].slice(-5).join(""), f.newlines);
        f.close();
        f = open(name);
        f.read(pad - 2);
        r.show(f.read(4), f.tell());
        const t = f.tell();
        r.show([...f.readline()].slice(-4).join(""));
        f.seek(t);
        r.show(f.read(3));
        f.close();
        f = open(name, kw({ newline: "" }));
        r.show([...f].map((l: string) => [...l].slice(-3).join("")).slice(-3));
        f.close();
      });
      const a = open(`${d}/a.txt`, "w", kw({ encoding: "ascii" })) as any;
      r.err(() => a.write("é"));
      r.show(a.write("ok"));
      a.close();
      r.show((open(`${d}/a.txt`) as any).read());
      const f = open(`${d}/a.txt`) as any;
      for (const op of [() => f.read(kw({ size: 1 })), () => f.read(1, 2), () => f.write(), () => f.seek(), () => f.readline("x"), () => f.read({ constructor: { __name__: "float" } })]) r.err(op);
      f.close();
      const p = open(`${d}/p.txt`, "w") as any;
      p.write("a 1\n");
      p.write("b");
      p.close();
      r.show((open(`${d}/p.txt`) as any).read());
    }, emptied(dir));
    expect(actual).toBe(expected);
  });
});
