# shutil.move: a file into a directory, a rename, a directory move, and the "already exists" error
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "inbox"))
    os.mkdir(os.path.join(d, "archive"))
    for name in ["m1.txt", "m2.txt"]:
        with open(os.path.join(d, "inbox", name), "w") as f:
            f.write(name)
    r = shutil.move(os.path.join(d, "inbox", "m1.txt"), os.path.join(d, "archive"))
    print(os.path.relpath(r, d))
    r = shutil.move(os.path.join(d, "inbox", "m2.txt"), os.path.join(d, "archive", "renamed.txt"))
    print(os.path.relpath(r, d))
    print(sorted(os.listdir(os.path.join(d, "archive"))), os.listdir(os.path.join(d, "inbox")))
    r = shutil.move(os.path.join(d, "archive"), os.path.join(d, "inbox"))
    print(os.path.relpath(r, d), sorted(os.listdir(os.path.join(d, "inbox", "archive"))))
    with open(os.path.join(d, "m1.txt"), "w") as f:
        f.write("again")
    try:
        shutil.move(os.path.join(d, "m1.txt"), os.path.join(d, "inbox", "archive"))
    except shutil.Error as e:
        print("shutil.Error", str(e).replace(d, "<d>"))
