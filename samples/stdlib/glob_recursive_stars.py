# glob with recursive=True: ** matches zero or more directories; iglob is lazy; root_dir
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for rel in ["top.py", "pkg/mod.py", "pkg/sub/deep.py", "pkg/sub/data.json", ".git/config.py"]:
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w").close()
    rel = lambda paths: sorted(os.path.relpath(p, d) for p in paths)
    print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "**", "*.py"))))
    print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
    it = glob.iglob(os.path.join(d, "pkg", "**", "*.json"), recursive=True)
    print(rel(it))
    print(sorted(glob.glob("**/*.py", root_dir=d, recursive=True)))
    print(sorted(glob.glob("*", root_dir=os.path.join(d, "pkg"))))
