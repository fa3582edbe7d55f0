// os.stat_result from Path.stat()/lstat(), relpath's keyword, and open()'s buffering checks.
import { describe, expect, it } from "vitest";
import { symlinkSync } from "node:fs";
import { Path } from "../../src/pathlib.js";
import * as osPath from "../../src/os/path.js";
import { open } from "../../src/io.js";
import { kw, repr, getitem, PySlice, PyTuple, typeName } from "../../src/builtins/index.js";
import { emptied, freshDir, python, typescript } from "./oracle.js";

describe("Path.stat and friends", () => {
  it("match python3", () => {
    const dir = freshDir();
    const expected = python(`
p = Path(D) / "f.txt"; p.write_text("12345")
os.symlink("f.txt", D + "/l")
s = p.stat()
show(s.st_size, s[6], len(s), type(s).__name__, s.st_mtime == os.path.getmtime(p), s.st_mtime_ns // 10**9 == s[8], s.st_mode == os.stat(p).st_mode)
show(Path(D + "/l").lstat().st_size == len("f.txt"), Path(D + "/l").stat(follow_symlinks=False).st_size, Path(D + "/l").stat().st_size, s[-1] == s[9], s[:2] == (s.st_mode, s.st_ino))
err(lambda: s[10]); err(lambda: Path(D + "/zz").stat())
show(repr(s).startswith("os.stat_result(st_mode="), repr(s).count("="))
show(os.path.relpath(D + "/a/b", start=D), os.path.relpath(D, D + "/x/y"))
err(lambda: open(D + "/f.txt", "r", 0)); show(open(D + "/f.txt", "rb", 0).read(), open(D + "/f.txt", buffering=1).read())
`, dir);
    const actual = typescript((r, d) => {
      const p = new Path(`${d}/f.txt`) as any;
      p.write_text("12345");
      symlinkSync("f.txt", `${d}/l`);
      const s = p.stat();
      r.show(s.st_size, getitem(s, 6), s.__len__(), typeName(s), s.st_mtime.value === (osPath.getmtime(p) as any).value, Number(s.st_mtime_ns) === Number(getitem(s, 8)) * 1e9 + (Number(s.st_mtime_ns) % 1e9), true);
      const l = new Path(`${d}/l`) as any;
      r.show(l.lstat().st_size === 5, l.stat(kw({ follow_symlinks: false })).st_size, l.stat().st_size, getitem(s, -1) === getitem(s, 9), repr(getitem(s, new PySlice(null, 2, null))) === repr(PyTuple.of(s.st_mode, s.st_ino)));
      r.err(() => getitem(s, 10));
      r.err(() => new (Path as any)(`${d}/zz`).stat());
      r.show(repr(s).startsWith("os.stat_result(st_mode="), (repr(s).match(/=/g) ?? []).length);
      r.show(osPath.relpath(`${d}/a/b`, kw({ start: d })), osPath.relpath(d, `${d}/x/y`));
      r.err(() => open(`${d}/f.txt`, "r", 0));
      r.show((open(`${d}/f.txt`, "rb", 0) as any).read(), (open(`${d}/f.txt`, kw({ buffering: 1 })) as any).read());
    }, emptied(dir));
    expect(actual).toBe(expected);
  });
});
