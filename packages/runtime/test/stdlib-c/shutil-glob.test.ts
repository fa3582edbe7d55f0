// shutil and glob against python3 in the same fresh tree: results (sorted where CPython's order
// is the directory's) and the exact error text.
import { describe, expect, it } from "vitest";
import { writeFileSync, mkdirSync, symlinkSync } from "node:fs";
import * as shutil from "../../src/shutil.js";
import * as glob from "../../src/glob.js";
import * as os from "../../src/os.js";
import { kw } from "../../src/builtins/index.js";
import { repr } from "../../src/builtins/repr.js";
import { emptied, freshDir, python, typescript } from "../io/oracle.js";

function seed(dir: string): string {
  for (const d of ["src/pkg/sub", "src/.hidden", "dst", "empty"]) mkdirSync(`${dir}/${d}`, { recursive: true });
  for (const f of ["src/a.py", "src/b.txt", "src/.dot.py", "src/pkg/c.py", "src/pkg/sub/d.py", "src/pkg/sub/e.json", "src/.hidden/h.py", "src/x[1].py"]) {
    writeFileSync(`${dir}/${f}`, f);
  }
  symlinkSync("pkg", `${dir}/src/lnk`);
  return dir;
}

const PATTERNS = [
  "src/*.py", "src/*", "src/.*", "src/**", "src/**/*.py", "src/**/", "src/*/", "src/*/*.py", "src/pkg/**/*.json", "src/?.py",
  "src/[ab].*", "src/[!a]*", "src/x[1].py", "src/x[[]1].py", "nope/*", "src/pkg", "src/pkg/", "src/nope", "**/*.json", "*",
];

describe("glob", () => {
  it("matches what python3's glob matches", () => {
    const dir = freshDir();
    seed(dir);
    const expected = python(
      `
os.chdir(D)
import glob
for p in ${JSON.stringify(PATTERNS)}:
    show(p, sorted(glob.glob(p)), sorted(glob.glob(p, recursive=True)), sorted(glob.glob(p, recursive=True, include_hidden=True)))
show(sorted(glob.glob("**/*.py", root_dir="src", recursive=True)), glob.escape("a[b]*?c"), glob.has_magic("x[1]"))
`,
      dir,
    );
    const got = typescript((r) => {
      process.chdir(dir);
      try {
        const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (const p of PATTERNS) {
          r.show(p, sorted(glob.glob(p)), sorted(glob.glob(p, kw({ recursive: true }))), sorted(glob.glob(p, kw({ recursive: true, include_hidden: true }))));
        }
        r.show(sorted(glob.glob("**/*.py", kw({ root_dir: "src", recursive: true }))), glob.escape("a[b]*?c"), glob.has_magic("x[1]"));
      } finally {
        process.chdir("/");
      }
    }, seed(emptied(dir)));
    expect(got).toBe(expected);
  });
});

describe("shutil", () => {
  it("copies, moves and removes as python3, with its errors", () => {
    const dir = freshDir();
    seed(dir);
    const expected = python(
      `
os.chdir(D)
import shutil
def tree(p):
    return sorted(os.path.relpath(os.path.join(r, f), p) for r, _, fs in os.walk(p) for f in fs)
err(lambda: shutil.copyfile("src/a.py", "src/a.py"))
err(lambda: shutil.copyfile("nope", "x"))
err(lambda: shutil.copyfile("src/a.py", "nodir/x"))
err(lambda: shutil.copyfile("src/a.py", "dst"))
err(lambda: shutil.copyfile("src", "x"))
err(lambda: shutil.copy("src/a.py", "dst"))
err(lambda: shutil.copy2("src/b.txt", "dst/b2.txt"))
err(lambda: shutil.copytree("src", "dst"))
err(lambda: shutil.copytree("nope", "t2"))
err(lambda: shutil.copytree("src", "t1", ignore=shutil.ignore_patterns("*.json", ".*")))
show(tree("t1"))
err(lambda: shutil.copytree("src", "t3", symlinks=True))
show(os.path.islink("t3/lnk"), tree("t3"))
err(lambda: shutil.move("t1", "t3"))
err(lambda: shutil.move("t3/a.py", "t3/pkg"))
err(lambda: shutil.move("t1", "t1/inside"))
err(lambda: shutil.move("nope", "x"))
err(lambda: shutil.rmtree("src/lnk"))
err(lambda: shutil.rmtree("nope"))
err(lambda: shutil.rmtree("t3"))
err(lambda: shutil.which("sh", path="/usr/bin:/bin"))
err(lambda: shutil.which("nope-nope"))
show(sorted(os.listdir(".")), tree("dst"), tree("t3") if os.path.exists("t3") else None)
`,
      dir,
    );
    const got = typescript((r) => {
      process.chdir(dir);
      try {
        const tree = (p: string) =>
          [...os.walk(p)].flatMap((t) => { const [root, , files] = t as unknown as [string, string[], string[]]; return files.map((f) => os.path.relpath(os.path.join(root, f), p) as string); }).sort();
        r.err(() => shutil.copyfile("src/a.py", "src/a.py"));
        r.err(() => shutil.copyfile("nope", "x"));
        r.err(() => shutil.copyfile("src/a.py", "nodir/x"));
        r.err(() => shutil.copyfile("src/a.py", "dst"));
        r.err(() => shutil.copyfile("src", "x"));
        r.err(() => shutil.copy("src/a.py", "dst"));
        r.err(() => shutil.copy2("src/b.txt", "dst/b2.txt"));
        r.err(() => shutil.copytree("src", "dst"));
        r.err(() => shutil.copytree("nope", "t2"));
        r.err(() => shutil.copytree("src", "t1", kw({ ignore: shutil.ignore_patterns("*.json", ".*") })));
        r.show(tree("t1"));
        r.err(() => shutil.copytree("src", "t3", kw({ symlinks: true })));
        r.show(os.path.islink("t3/lnk"), tree("t3"));
        r.err(() => shutil.move("t1", "t3"));
        r.err(() => shutil.move("t3/a.py", "t3/pkg"));
        r.err(() => shutil.move("t1", "t1/inside"));
        r.err(() => shutil.move("nope", "x"));
        r.err(() => shutil.rmtree("src/lnk"));
        r.err(() => shutil.rmtree("nope"));
        r.err(() => shutil.rmtree("t3"));
        r.err(() => shutil.which("sh", kw({ path: "/usr/bin:/bin" })));
        r.err(() => shutil.which("nope-nope"));
        r.show([...os.listdir(".")].sort(), tree("dst"), os.path.exists("t3") ? tree("t3") : null);
      } finally {
        process.chdir("/");
      }
    }, seed(emptied(dir)));
    expect(got).toBe(expected);
    void repr;
  });
});
