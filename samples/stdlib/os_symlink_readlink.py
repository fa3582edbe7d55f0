# os.symlink, os.readlink, os.path.islink, lstat vs stat, and a dangling link
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    with open("target.txt", "w") as f:
        f.write("12345")
    os.symlink("target.txt", "link.txt")
    os.symlink("gone.txt", "dangling")
    print(os.readlink("link.txt"), os.path.islink("link.txt"), os.path.islink("target.txt"))
    print(os.stat("link.txt").st_size, os.lstat("link.txt").st_size)
    print(os.path.exists("dangling"), os.path.lexists("dangling"))
    try:
        os.symlink("target.txt", "link.txt")
    except FileExistsError as e:
        print("FileExistsError", e)
    try:
        os.readlink("target.txt")
    except OSError as e:
        print(type(e).__name__, e)
    os.chdir("/")
