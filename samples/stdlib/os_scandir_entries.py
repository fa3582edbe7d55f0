# os.scandir as a context manager: DirEntry name, path, is_dir, is_file, is_symlink, repr
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "folder"))
    with open(os.path.join(d, "file.txt"), "w") as f:
        f.write("12345")
    os.symlink(os.path.join(d, "file.txt"), os.path.join(d, "link"))
    with os.scandir(d) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink())
        print("  ", e.is_file(follow_symlinks=False), e.stat().st_size if e.is_file() else "-")
