# open() errors: missing file, a directory, bad mode, operations on a closed file
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    for args in [("missing.txt",), (".",), ("x.txt", "rw"), ("x.txt", "q")]:
        try:
            open(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
    f = open("x.txt", "w")
    f.close()
    try:
        f.write("late")
    except ValueError as e:
        print("ValueError", e)
    os.chdir("/")
