# pathlib: touch, rename returns the new path, replace, rmdir, and with_suffix on real files
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    f = root / "report.txt"
    f.touch()
    print(f.exists(), f.stat().st_size)
    g = f.rename(f.with_suffix(".bak"))
    print(g.name, f.exists(), g.exists())
    h = root / "final.txt"
    h.write_text("old")
    g.replace(h)
    print(sorted(p.name for p in root.iterdir()), repr(h.read_text()))
    sub = root / "empty"
    sub.mkdir()
    sub.rmdir()
    print(sub.exists())
    try:
        (root / "missing").rmdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
