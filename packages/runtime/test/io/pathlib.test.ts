// pathlib.Path against python3: pure properties over sample paths, then filesystem calls.
import { describe, expect, it } from "vitest";
import { Path, PurePath, PosixPath, PurePosixPath } from "../../src/pathlib.js";
import { symlinkSync } from "node:fs";
import { kw, PyBytes, PySlice, truediv, repr, str, eq, pyHash, sorted, PyDict, lt } from "../../src/builtins/index.js";
import { emptied, freshDir, python, typescript } from "./oracle.js";

const SAMPLES = ["", ".", "a", "a/b", "/a/b/", "//a", "///a//b", "a/./b/../c", "/", "a.txt", ".bashrc", "a/b.tar.gz", "a/b.", "..", "../x.py", "a/..b", "/a/b/c.d.e"];

describe("pathlib pure operations", () => {
  it("agree with python3 on sample paths", () => {
    const dir = freshDir();
    const expected = python(`
for s in ${JSON.stringify(SAMPLES)}:
    p = Path(s)
    show(s, p, str(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.root, p.anchor, p.drive, p.is_absolute(), list(p.parents), len(p.parents), p.parents, p.as_posix())
    err(lambda: p.with_suffix(".x")); err(lambda: p.with_name("n.y")); err(lambda: p.with_stem("st")); err(lambda: p.with_suffix("")); err(lambda: p.relative_to("a"))
    show(p / "q", "q" / p, p / "/abs", p.joinpath("x", "y"), p.match("*.txt"), p.match("a/*"), p == Path(s), hash(p) == hash(Path(s)))
err(lambda: Path("a").with_suffix("x")); err(lambda: Path("a").with_suffix("/x")); err(lambda: Path("a").with_suffix(".")); err(lambda: Path("a").with_name("")); err(lambda: Path("a").with_name("x/y"))
err(lambda: Path(1)); err(lambda: Path(b"a")); err(lambda: Path("a") / 1); err(lambda: Path("a") < "b"); err(lambda: Path("/a/b").parents[3]); err(lambda: Path("a").relative_to())
p = Path("/a/b/c.tar.gz")
show(p.parents[0], p.parents[-1], p.parents[1:], p.parents[::-1], p.relative_to("/a"), p.relative_to("/"), p.is_relative_to("/a/b"), p.is_relative_to("b"))
show(Path("a") == Path("a/"), Path("a") == "a", Path("a") == PurePosixPath("a"), Path("b") > Path("a"), sorted([Path("b"), Path("a/c"), Path("a"), Path("/z")]))
show({Path("a"): 1}[Path("a/")], Path(), Path("a", "/b", "c"), Path(Path("x"), "y"), PurePath("p"), PurePosixPath("p/q"), type(Path("a")).__name__, isinstance(Path("a"), Path))
show(Path("a/b").match("b"), Path("/a/b").match("/a/*"), Path("/a/b").match("/*"), Path("a/b.py").match("*.[pq]y"), Path("a/b.py").match("[!a]*"))
err(lambda: Path("a").match(""))
`, dir);
    const actual = typescript((r) => {
      for (const s of SAMPLES) {
        const p = new Path(s) as any;
        r.show(s, p, str(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.root, p.anchor, p.drive, p.is_absolute(), [...p.parents], p.parents.__len__(), p.parents, p.as_posix());
        for (const op of [() => p.with_suffix(".x"), () => p.with_name("n.y"), () => p.with_stem("st"), () => p.with_suffix(""), () => p.relative_to("a")]) r.err(op);
        r.show(truediv(p, "q"), truediv("q", p), truediv(p, "/abs"), p.joinpath("x", "y"), p.match("*.txt"), p.match("a/*"), eq(p, new Path(s)), pyHash(p) === pyHash(new Path(s)));
      }
      const a = new Path("a") as any;
      for (const op of [() => a.with_suffix("x"), () => a.with_suffix("/x"), () => a.with_suffix("."), () => a.with_name(""), () => a.with_name("x/y")]) r.err(op);
      r.err(() => new Path(1));
      r.err(() => new Path(PyBytes.fromLatin1("a")));
      r.err(() => truediv(a, 1));
      r.err(() => lt(a, "b"));
      r.err(() => (new Path("/a/b") as any).parents.__getitem__(3));
      r.err(() => a.relative_to());
      const p = new Path("/a/b/c.tar.gz") as any;
      r.show(p.parents.__getitem__(0), p.parents.__getitem__(-1), p.parents.__getitem__(new PySlice(1, null, null)), p.parents.__getitem__(new PySlice(null, null, -1)), p.relative_to("/a"), p.relative_to("/"), p.is_relative_to("/a/b"), p.is_relative_to("b"));
      r.show(eq(a, new Path("a/")), eq(a, "a"), eq(a, new PurePosixPath("a")), (new Path("b") as any).__gt__(a), sorted([new Path("b"), new Path("a/c"), a, new Path("/z")]));
      const d = new PyDict();
      d.set(a, 1);
      r.show(d.get(new Path("a/")), new Path(), new Path("a", "/b", "c"), new Path(new Path("x"), "y"), new PurePath("p"), new PurePosixPath("p/q"), "PosixPath", a instanceof Path);
      r.show(new Path("a/b").match("b"), new Path("/a/b").match("/a/*"), new Path("/a/b").match("/*"), new Path("a/b.py").match("*.[pq]y"), new Path("a/b.py").match("[!a]*"));
      r.err(() => a.match(""));
    }, emptied(dir));
    expect(actual).toBe(expected);
    expect(repr(new PosixPath("x"))).toBe("PosixPath('x')");
  });
});

describe("pathlib filesystem operations", () => {
  it("creates, reads, lists, globs and removes as python3 does", () => {
    const dir = freshDir();
    const expected = python(`
os.chdir(D)
base = Path(D)
(base / "d/e/f").mkdir(parents=True)
err(lambda: (base / "d").mkdir()); err(lambda: (base / "x/y").mkdir()); show((base / "d").mkdir(exist_ok=True))
show((base / "d/a.txt").write_text("héllo\\nworld\\n"), (base / "d/b.bin").write_bytes(b"\\x00\\x01"), (base / "d/e/c.txt").write_text("x", newline="\\r\\n"))
show((base / "d/a.txt").read_text(), (base / "d/b.bin").read_bytes(), (base / "d/e/c.txt").read_bytes())
err(lambda: (base / "d/a.txt").write_text(b"x")); err(lambda: (base / "nope.txt").read_text())
show([p.exists() for p in [base / "d", base / "d/a.txt", base / "zz"]], (base / "d").is_dir(), (base / "d/a.txt").is_file(), (base / "d").is_file(), (base / "zz").is_dir(), (base / "d").is_symlink())
show(sorted(p.name for p in (base / "d").iterdir()))
show(sorted(str(p.relative_to(base)) for p in base.glob("d/*.txt")), sorted(str(p.relative_to(base)) for p in base.glob("**/*.txt")), sorted(str(p.relative_to(base)) for p in base.rglob("*")))
show(sorted(str(p.relative_to(base)) for p in base.glob("d/*/")), sorted(str(p.relative_to(base)) for p in base.glob("*/e")), sorted(str(p.relative_to(base)) for p in base.glob("**")), list(base.glob("nothing*")))
with (base / "d/a.txt").open() as f: show(f.readline(), f.name == str(base / "d/a.txt"))
with (base / "d/w.txt").open("w", encoding="utf-8") as f: show(f.write("z"), f.encoding)
show(Path("d/../d/./a.txt").resolve() == base / "d/a.txt", Path("d/a.txt").absolute() == base / "d/a.txt", Path("d/x").resolve(), Path.cwd() == base)
(base / "d/w.txt").touch(); err(lambda: (base / "d/w.txt").touch(exist_ok=False)); (base / "d/t.txt").touch(); show((base / "d/t.txt").read_text())
show((base / "d/t.txt").rename(base / "d/t2.txt"), (base / "d/t2.txt").exists(), (base / "d/t.txt").exists())
(base / "d/t2.txt").unlink(); err(lambda: (base / "d/t2.txt").unlink()); show((base / "d/t2.txt").unlink(missing_ok=True))
err(lambda: (base / "d").rmdir()); (base / "d/e/f").rmdir(); show((base / "d/e/f").exists())
err(lambda: list((base / "zz").iterdir())); err(lambda: list((base / "d/a.txt").iterdir())); err(lambda: list(base.glob("")))
os.symlink("loop2", "loop1"); os.symlink("loop1", "loop2")
err(lambda: Path("loop1").resolve()); err(lambda: Path("nope/x").resolve(strict=True))
show(Path("~").expanduser() == Path.home(), Path("x").expanduser())
`, dir);
    let listing: string[] = [];
    const actual = typescript((r, d) => {
      const base = new Path(d) as any;
      const rel = (it: Iterable<any>): string[] => sorted([...it].map((p) => str(p.relative_to(base)))) as string[];
      const P = (s: string): any => truediv(base, s);
      P("d/e/f").mkdir(kw({ parents: true }));
      r.err(() => P("d").mkdir());
      r.err(() => P("x/y").mkdir());
      r.show(P("d").mkdir(kw({ exist_ok: true })));
      r.show(P("d/a.txt").write_text("héllo\nworld\n"), P("d/b.bin").write_bytes(PyBytes.fromLatin1("\x00\x01")), P("d/e/c.txt").write_text("x", kw({ newline: "\r\n" })));
      r.show(P("d/a.txt").read_text(), P("d/b.bin").read_bytes(), P("d/e/c.txt").read_bytes());
      r.err(() => P("d/a.txt").write_text(PyBytes.fromLatin1("x")));
      r.err(() => P("nope.txt").read_text());
      r.show([P("d"), P("d/a.txt"), P("zz")].map((p) => p.exists()), P("d").is_dir(), P("d/a.txt").is_file(), P("d").is_file(), P("zz").is_dir(), P("d").is_symlink());
      r.show(sorted([...P("d").iterdir()].map((p) => p.name)));
      r.show(rel(base.glob("d/*.txt")), rel(base.glob("**/*.txt")), rel(base.rglob("*")));
      r.show(rel(base.glob("d/*/")), rel(base.glob("*/e")), rel(base.glob("**")), [...base.glob("nothing*")]);
      const f = P("d/a.txt").open().__enter__();
      r.show(f.readline(), f.name === str(P("d/a.txt")));
      f.__exit__(null, null, null);
      const g = P("d/w.txt").open("w", kw({ encoding: "utf-8" }));
      r.show(g.write("z"), g.encoding);
      g.close();
      const inD = (s: string): any => new Path(`${d}/${s}`);
      // Our cwd is not D (vitest workers cannot chdir), so relative inputs are spelled from D.
      r.show(eq(inD("d/../d/./a.txt").resolve(), P("d/a.txt")), eq(P("d/a.txt").absolute(), P("d/a.txt")), inD("d/x").resolve(), eq((Path as any).cwd(), new Path(process.cwd())));
      P("d/w.txt").touch();
      r.err(() => P("d/w.txt").touch(kw({ exist_ok: false })));
      P("d/t.txt").touch();
      r.show(P("d/t.txt").read_text());
      r.show(P("d/t.txt").rename(P("d/t2.txt")), P("d/t2.txt").exists(), P("d/t.txt").exists());
      P("d/t2.txt").unlink();
      r.err(() => P("d/t2.txt").unlink());
      r.show(P("d/t2.txt").unlink(kw({ missing_ok: true })));
      r.err(() => P("d").rmdir());
      P("d/e/f").rmdir();
      r.show(P("d/e/f").exists());
      r.err(() => [...P("zz").iterdir()]);
      r.err(() => [...P("d/a.txt").iterdir()]);
      r.err(() => [...base.glob("")]);
      symlinkSync("loop2", `${d}/loop1`);
      symlinkSync("loop1", `${d}/loop2`);
      r.err(() => inD("loop1").resolve());
      r.err(() => inD("nope/x").resolve(kw({ strict: true })));
      r.show(eq(new Path("~").expanduser(), (Path as any).home()), new Path("x").expanduser());
      listing = [...P("d").iterdir()].map((p) => p.name);
    }, emptied(dir));
    // Paths printed relative to D by python (cwd = D) are absolute on our side: normalize.
    expect(actual.replaceAll(`${dir}/`, "")).toBe(expected.replaceAll(`${dir}/`, ""));
    // iterdir order is the OS's: the same as os.listdir on the same directory.
    expect(python(`show(os.listdir(D + "/d"))`, dir)).toBe(`${repr(listing)}\n`);
  });
});
