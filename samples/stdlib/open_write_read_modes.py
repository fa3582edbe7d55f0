# open() in w, a, r, r+ and x modes inside a temporary directory; read, readline, readlines
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "notes.txt")
    with open(p, "w") as f:
        print(f.write("first\n"), f.write("second\n"))
    with open(p, "a") as f:
        f.write("third\n")
    with open(p) as f:
        print(repr(f.readline()), f.readlines())
    with open(p, "r+") as f:
        f.write("FIRST")
        f.seek(0)
        print(f.read().split())
    try:
        open(p, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    with open(p) as f:
        for i, line in enumerate(f):
            print(i, line.rstrip())
    print(f.closed, f.name == p, f.mode)
