# shutil.copytree (with ignore_patterns and dirs_exist_ok) then shutil.rmtree
import os
import shutil
import tempfile

def tree(root):
    out = []
    for r, dirs, files in os.walk(root):
        for name in files:
            out.append(os.path.relpath(os.path.join(r, name), root))
    return sorted(out)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    for rel in ["a.py", "a.pyc", "pkg/b.py", "pkg/cache/c.pyc", "pkg/data.txt"]:
        path = os.path.join(src, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)
    dst = shutil.copytree(src, os.path.join(d, "dst"), ignore=shutil.ignore_patterns("*.pyc"))
    print(os.path.relpath(dst, d), tree(dst))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError", e.strerror, os.path.relpath(e.filename, d))
    shutil.copytree(src, dst, dirs_exist_ok=True)
    print(tree(dst))
    shutil.rmtree(dst)
    print(os.path.exists(dst), sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, os.path.basename(e.filename))
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    print("ignored")
