// os.path against python3's posixpath: pure string functions over many inputs, then the
// filesystem queries in a temporary directory.
import { describe, expect, it } from "vitest";
import { symlinkSync, mkdirSync, writeFileSync } from "node:fs";
import * as osPath from "../../src/os/path.js";
import { open } from "../../src/io.js";
import { PyBytes, kw } from "../../src/builtins/index.js";
import { emptied, freshDir, python, typescript } from "./oracle.js";

const PATHS = [
  "", "/", "//", "///", "a", "a/", "a/b", "a/b/", "/a/b", "//a/b", "///a//b//", "a/./b/../c", "../a", "../../a/..",
  "/..", "/../a", ".", "..", "./", "a/..", "a.txt", ".bashrc", "a/.bashrc", "a/b.tar.gz", "a.b/c", "a/b.", "..a", "...",
  "a/..b", "~", "~/x", "~root/x", "~nosuchuser/x", "a//b", "/a/b/../../..", "é/ü.txt",
];
const UNARY = ["basename", "dirname", "split", "splitext", "normpath", "isabs", "splitdrive", "normcase", "expanduser"] as const;

describe("os.path string functions", () => {
  it("agree with posixpath on every sample path", () => {
    const dir = freshDir();
    const py = `
PATHS = ${JSON.stringify(PATHS)}
for p in PATHS:
    for fn in ${JSON.stringify(UNARY)}:
        show(fn, p, getattr(os.path, fn)(p))
    bp = p.encode()
    show(os.path.split(bp), os.path.splitext(bp), os.path.normpath(bp), os.path.basename(bp))
for a in PATHS[:12]:
    for b in ["", "x", "/y", "x/", "../z"]:
        show(os.path.join(a, b), os.path.join(a, b, "c"))
show(os.path.join("a"), os.path.join(b"a", b"b"), os.path.sep, os.path.extsep, os.path.pathsep, os.path.curdir, os.path.pardir, os.path.devnull)
err(lambda: os.path.join("a", b"b")); err(lambda: os.path.join("a", 1)); err(lambda: os.path.join(1)); err(lambda: os.path.basename(None))
err(lambda: os.path.relpath("")); err(lambda: os.path.commonpath([])); err(lambda: os.path.commonpath(["/a", "b"]))
show(os.path.commonpath(["/a/b/c", "/a/b/d", "/a/b"]), os.path.commonpath(["a/./b", "a/b/c"]), os.path.commonprefix(["abc", "abd", "ab"]), os.path.commonprefix([]))
os.chdir(D)
for p in ["a", "/a/b", "a/../..", ".", ""]:
    show(os.path.abspath(p) if p else os.path.abspath("."))
`;
    const expected = python(py, dir);
    const actual = typescript((r, d) => {
      for (const p of PATHS) {
        for (const fn of UNARY) r.show(fn, p, (osPath as unknown as Record<string, (x: unknown) => unknown>)[fn]!(p));
        const bp = new PyBytes(new Uint8Array(Buffer.from(p, "utf8")));
        r.show(osPath.split(bp), osPath.splitext(bp), osPath.normpath(bp), osPath.basename(bp));
      }
      for (const a of PATHS.slice(0, 12)) {
        for (const b of ["", "x", "/y", "x/", "../z"]) r.show(osPath.join(a, b), osPath.join(a, b, "c"));
      }
      const bb = (s: string): PyBytes => PyBytes.fromLatin1(s);
      r.show(osPath.join("a"), osPath.join(bb("a"), bb("b")), osPath.sep, osPath.extsep, osPath.pathsep, osPath.curdir, osPath.pardir, osPath.devnull);
      r.err(() => osPath.join("a", bb("b")));
      r.err(() => osPath.join("a", 1));
      r.err(() => osPath.join(1));
      r.err(() => osPath.basename(null));
      r.err(() => osPath.relpath(""));
      r.err(() => osPath.commonpath([]));
      r.err(() => osPath.commonpath(["/a", "b"]));
      r.show(osPath.commonpath(["/a/b/c", "/a/b/d", "/a/b"]), osPath.commonpath(["a/./b", "a/b/c"]), osPath.commonprefix(["abc", "abd", "ab"]), osPath.commonprefix([]));
      // abspath/relpath against D as the working directory, without chdir (vitest workers).
      const abs = (p: string): unknown => osPath.normpath(osPath.join(d, p));
      for (const p of ["a", "/a/b", "a/../..", ".", ""]) r.show(p ? abs(p) : abs("."));
    }, emptied(dir));
    expect(actual).toBe(expected);
    // relpath uses the process cwd; compare against python run from that same cwd.
    const rel = python(`
for p, s in [("a/b", None), ("/x/y", "/x/z/w"), ("a", "a"), ("../q", "r/s"), ("/", "/a/b")]:
    show(os.path.relpath(p, s))
show(os.path.abspath("q/../r"))
`, process.cwd());
    const ours = typescript((r) => {
      for (const [p, s] of [["a/b", null], ["/x/y", "/x/z/w"], ["a", "a"], ["../q", "r/s"], ["/", "/a/b"]] as const) r.show(osPath.relpath(p, s));
      r.show(osPath.abspath("q/../r"));
    }, dir);
    expect(ours).toBe(rel);
  });
});

describe("os.path filesystem queries", () => {
  it("exists/isfile/isdir/islink/getsize/realpath", () => {
    const dir = freshDir();
    const setup = (d: string): void => {
      mkdirSync(`${d}/sub/deep`, { recursive: true });
      writeFileSync(`${d}/sub/f.txt`, "hello");
      symlinkSync(`${d}/sub`, `${d}/link`);
      symlinkSync("sub/f.txt", `${d}/rel`);
      symlinkSync(`${d}/nowhere`, `${d}/broken`);
      symlinkSync(`${d}/loop1`, `${d}/loop2`);
      symlinkSync(`${d}/loop2`, `${d}/loop1`);
    };
    const names = ["sub", "sub/f.txt", "link", "link/f.txt", "rel", "broken", "nowhere", "loop1", "sub/deep/../f.txt", "link/../sub"];
    setup(dir);
    const expected = python(`
names = ${JSON.stringify(names)}
for n in names:
    p = D + "/" + n
    show(n, os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p), os.path.realpath(p)[len(D):])
    err(lambda: os.path.getsize(p))
err(lambda: os.path.realpath(D + "/broken", strict=True))
err(lambda: os.path.exists(None))
show(os.path.exists(D + "/a\\0b"), os.path.ismount("/"), os.path.ismount(D), os.path.samefile(D + "/link", D + "/sub"))
open(D + "/w.txt", "w").write("12345")
show(os.path.getsize(D + "/w.txt"), type(os.path.getmtime(D + "/w.txt")).__name__, os.path.exists(pathlib.Path(D) / "sub"))
`, dir);
    const actual = typescript((r, d) => {
      setup(d);
      for (const n of names) {
        const p = `${d}/${n}`;
        const real = osPath.realpath(p) as string;
        r.show(n, osPath.exists(p), osPath.lexists(p), osPath.isfile(p), osPath.isdir(p), osPath.islink(p), real.slice(d.length));
        r.err(() => osPath.getsize(p));
      }
      r.err(() => osPath.realpath(`${d}/broken`, kw({ strict: true })));
      r.err(() => osPath.exists(null));
      r.show(osPath.exists(`${d}/a\0b`), osPath.ismount("/"), osPath.ismount(d), osPath.samefile(`${d}/link`, `${d}/sub`));
      (open(`${d}/w.txt`, "w") as { write(s: string): number }).write("12345");
      r.show(osPath.getsize(`${d}/w.txt`), "float", osPath.exists({ __fspath__: () => `${d}/sub` }));
    }, emptied(dir));
    expect(actual).toBe(expected);
  });
});
