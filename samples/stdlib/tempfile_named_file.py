# tempfile.NamedTemporaryFile: write, seek, read back, name on disk, deleted on close
import os
import tempfile

with tempfile.NamedTemporaryFile(mode="w+", suffix=".txt") as f:
    f.write("line one\nline two\n")
    f.flush()
    print(os.path.exists(f.name), f.name.endswith(".txt"))
    f.seek(0)
    print(f.read().splitlines())
    name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"kept")
f.close()
with open(f.name, "rb") as g:
    print(g.read())
os.remove(f.name)
print(os.path.exists(f.name))
