# os.rename, os.replace (overwrites), os.remove, os.rmdir and os.path.exists after each step
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, "a.txt")
    b = os.path.join(d, "b.txt")
    with open(a, "w") as f:
        f.write("alpha")
    with open(b, "w") as f:
        f.write("beta")
    os.rename(a, os.path.join(d, "c.txt"))
    print(sorted(os.listdir(d)))
    os.replace(os.path.join(d, "c.txt"), b)
    print(sorted(os.listdir(d)))
    with open(b) as f:
        print(f.read())
    os.remove(b)
    print(os.path.exists(b), os.listdir(d))
    os.mkdir(os.path.join(d, "sub"))
    os.rmdir(os.path.join(d, "sub"))
    print(os.listdir(d))
