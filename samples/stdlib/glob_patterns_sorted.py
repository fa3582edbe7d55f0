# glob.glob with *, ?, [seq] and hidden files; results sorted (CPython returns scandir order)
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for name in ["a1.txt", "a2.txt", "b1.txt", "b10.log", ".hidden.txt", "c.py"]:
        open(os.path.join(d, name), "w").close()
    os.mkdir(os.path.join(d, "sub"))
    open(os.path.join(d, "sub", "deep.txt"), "w").close()
    rel = lambda paths: sorted(os.path.relpath(p, d) for p in paths)
    print(rel(glob.glob(os.path.join(d, "*.txt"))))
    print(rel(glob.glob(os.path.join(d, "a?.txt"))))
    print(rel(glob.glob(os.path.join(d, "[ab]1*"))))
    print(rel(glob.glob(os.path.join(d, "[!a]*"))))
    print(rel(glob.glob(os.path.join(d, ".*"))))
    print(rel(glob.glob(os.path.join(d, "*", "*.txt"))))
    print(glob.glob(os.path.join(d, "*.none")))
    print(rel(glob.glob(os.path.join(d, "c.py"))), glob.glob(os.path.join(d, "nope.py")))
