# os.removedirs prunes empty parents; os.renames creates the target's parents
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.makedirs("a/b/c")
    open("a/b/c/f.txt", "w").close()
    os.renames("a/b/c/f.txt", "x/y/f.txt")
    print(os.path.exists("a"), os.listdir("x/y"))
    os.makedirs("p/q/r")
    os.removedirs("p/q/r")
    print(os.path.exists("p"), sorted(os.listdir(".")))
    os.chdir("/")
