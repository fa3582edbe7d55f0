# os.getcwd and os.chdir: relative paths resolve against the new working directory
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    print(os.getcwd() == os.path.realpath(d))
    os.mkdir("here")
    with open(os.path.join("here", "note.txt"), "w") as f:
        f.write("relative")
    os.chdir("here")
    print(os.listdir("."), os.path.basename(os.getcwd()))
    with open("note.txt") as f:
        print(f.read())
    os.chdir(start)
print(os.getcwd() == start)
