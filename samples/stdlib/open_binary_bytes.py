# binary files: write bytes, read sizes, seek/tell, and the text/bytes type errors
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data.bin")
    with open(p, "wb") as f:
        f.write(bytes(range(10)))
        print(f.tell())
    with open(p, "rb") as f:
        print(f.read(3), f.tell())
        f.seek(-2, 2)
        print(f.read())
    try:
        with open(p, "wb") as f:
            f.write("text")
    except TypeError as e:
        print("TypeError", e)
    try:
        with open(p, "w") as f:
            f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
    print(os.path.getsize(p))
