# pathlib.Path: mkdir(parents), write_text/read_text, iterdir sorted, glob/rglob sorted, unlink
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "x.txt").write_text("hello")
    (root / "a" / "b" / "y.txt").write_text("world")
    (root / "a" / "b" / "z.md").write_text("# z")
    print(sorted(p.name for p in (root / "a").iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.txt")))
    print(sorted(str(p.relative_to(root)) for p in root.glob("a/*")))
    print((root / "a" / "x.txt").read_text(), (root / "a" / "x.txt").stat().st_size)
    print((root / "a").is_dir(), (root / "a" / "x.txt").is_file(), (root / "nope").exists())
    (root / "a" / "x.txt").unlink()
    (root / "a" / "x.txt").unlink(missing_ok=True)
    print(sorted(p.name for p in (root / "a").iterdir()))
    try:
        (root / "a").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    (root / "a").mkdir(exist_ok=True)
