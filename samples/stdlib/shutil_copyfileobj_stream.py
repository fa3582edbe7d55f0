# shutil.copyfileobj between open files in small chunks
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, "a.bin")
    b = os.path.join(d, "b.bin")
    with open(a, "w") as f:
        f.write("0123456789" * 5)
    with open(a, "rb") as fsrc, open(b, "wb") as fdst:
        shutil.copyfileobj(fsrc, fdst, 7)
    with open(b, "rb") as f:
        data = f.read()
    print(len(data), data[:12])
