// os's file-system calls against python3 in the same fresh directory: results and the exact
// OSError text of every failure.
import { describe, expect, it } from "vitest";
import { writeFileSync, mkdirSync, symlinkSync } from "node:fs";
import * as os from "../../src/os.js";
import { kw } from "../../src/builtins/index.js";
import { PyBytes } from "../../src/builtins/bytes.js";
import { PyFloat } from "../../src/builtins/float.js";
import { repr } from "../../src/builtins/repr.js";
import { emptied, freshDir, python, typescript } from "../io/oracle.js";

function seed(dir: string): void {
  mkdirSync(`${dir}/full/inner`, { recursive: true });
  writeFileSync(`${dir}/full/f.txt`, "abc");
  writeFileSync(`${dir}/file`, "12345");
  symlinkSync("file", `${dir}/link`);
}

describe("os file operations", () => {
  it("raise CPython's OSError subclasses and messages", () => {
    const dir = freshDir();
    seed(dir);
    const expected = python(
      `
os.chdir(D)
err(lambda: os.remove("nope"))
err(lambda: os.remove("full"))
err(lambda: os.rmdir("full"))
err(lambda: os.rmdir("file"))
err(lambda: os.mkdir("full"))
err(lambda: os.mkdir("a/b"))
err(lambda: os.makedirs("full/inner"))
err(lambda: os.makedirs("file/x"))
err(lambda: os.listdir("nope"))
err(lambda: os.listdir("file"))
err(lambda: os.rename("nope", "x"))
err(lambda: os.replace("full", "file"))
err(lambda: os.readlink("file"))
err(lambda: os.symlink("file", "link"))
err(lambda: os.stat("nope"))
err(lambda: os.lstat(b"nope"))
err(lambda: os.listdir(3.5))
err(lambda: os.mkdir(None))
err(lambda: os.remove("a\\0b"))
err(lambda: os.chmod("nope", 0o644))
err(lambda: os.makedirs("full/inner", exist_ok=True))
err(lambda: os.makedirs("file", exist_ok=True))
err(lambda: os.rmdir(b"nope"))
err(lambda: os.close(987))
err(lambda: os.kill(4194000, 0))
err(lambda: os.strerror(39))
err(lambda: os.mkdir("x", dir_fd=None, mode=0o700))
err(lambda: os.walk)
`,
      dir,
    );
    const got = typescript((r) => {
      process.chdir(dir);
      try {
        r.err(() => os.remove("nope"));
        r.err(() => os.remove("full"));
        r.err(() => os.rmdir("full"));
        r.err(() => os.rmdir("file"));
        r.err(() => os.mkdir("full"));
        r.err(() => os.mkdir("a/b"));
        r.err(() => os.makedirs("full/inner"));
        r.err(() => os.makedirs("file/x"));
        r.err(() => os.listdir("nope"));
        r.err(() => os.listdir("file"));
        r.err(() => os.rename("nope", "x"));
        r.err(() => os.replace("full", "file"));
        r.err(() => os.readlink("file"));
        r.err(() => os.symlink("file", "link"));
        r.err(() => os.stat("nope"));
        r.err(() => os.lstat(PyBytes.fromLatin1("nope")));
        r.err(() => os.listdir(new PyFloat(3.5)));
        r.err(() => os.mkdir(null));
        r.err(() => os.remove("a\0b"));
        r.err(() => os.chmod("nope", 0o644));
        r.err(() => os.makedirs("full/inner", kw({ exist_ok: true })));
        r.err(() => os.makedirs("file", kw({ exist_ok: true })));
        r.err(() => os.rmdir(PyBytes.fromLatin1("nope")));
        r.err(() => os.close(987));
        r.err(() => os.kill(4194000, 0));
        r.err(() => os.strerror(39));
        r.err(() => os.mkdir("x", kw({ dir_fd: null, mode: 0o700 })));
      } finally {
        process.chdir("/");
      }
    }, (emptied(dir), seed(dir), dir));
    // The last Python line shows a function repr; compare everything before it.
    expect(got).toBe(expected.split("\n").slice(0, -2).join("\n") + "\n");
  });

  it("walk, listdir and scandir see the tree as python3 does (sorted)", () => {
    const dir = freshDir();
    const build = () => {
      mkdirSync(`${dir}/a/b/c`, { recursive: true });
      mkdirSync(`${dir}/z`);
      writeFileSync(`${dir}/a/1`, "");
      writeFileSync(`${dir}/a/b/2`, "");
      symlinkSync("a", `${dir}/ln`);
    };
    build();
    const expected = python(
      `
os.chdir(D)
show(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk(".")))
show(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk(".", followlinks=True)))
show(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk("a", topdown=False)))
show(sorted(os.listdir()), sorted(os.listdir(b"a")))
show(sorted((e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False)) for e in os.scandir()))
show(sorted(repr(e) for e in os.scandir(b"a")))
`,
      dir,
    );
    const got = typescript((r) => {
      process.chdir(dir);
      try {
        const sortTriples = (it: Iterable<unknown>) =>
          [...it]
            .map((t) => { const [root, d, f] = t as [unknown, string[], string[]]; return [root, [...d].sort(), [...f].sort()] as const; })
            .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1))
            .map((x) => pyTuple(x));
        r.show(sortTriples(os.walk(".")));
        r.show(sortTriples(os.walk(".", kw({ followlinks: true }))));
        r.show(sortTriples(os.walk("a", kw({ topdown: false }))));
        r.show([...os.listdir()].sort(), [...os.listdir(PyBytes.fromLatin1("a"))].sort((x, y) => (repr(x) < repr(y) ? -1 : 1)));
        r.show(
          [...os.scandir()]
            .map((e) => pyTuple([e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(kw({ follow_symlinks: false }))]))
            .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)),
        );
        r.show([...os.scandir(PyBytes.fromLatin1("a"))].map((e) => e.__repr__()).sort());
      } finally {
        process.chdir("/");
      }
    }, emptied(dir) && (build(), dir));
    expect(got).toBe(expected);
  });
});

import { PyTuple } from "../../src/builtins/tuple.js";
function pyTuple(items: readonly unknown[]): PyTuple<unknown> {
  return PyTuple.fromIterable(items);
}
