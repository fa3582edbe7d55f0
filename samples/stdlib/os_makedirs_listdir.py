# os.makedirs (exist_ok), os.mkdir, os.listdir sorted: building and listing a directory tree
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "a", "b", "c"))
    os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
    os.mkdir(os.path.join(d, "x"))
    for name in ["one.txt", "two.txt"]:
        with open(os.path.join(d, "a", name), "w") as f:
            f.write(name)
    print(sorted(os.listdir(d)))
    print(sorted(os.listdir(os.path.join(d, "a"))))
    print(os.listdir(os.path.join(d, "a", "b", "c")))
    try:
        os.makedirs(os.path.join(d, "a", "b"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror, os.path.relpath(e.filename, d))
    try:
        os.mkdir(os.path.join(d, "missing", "child"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
