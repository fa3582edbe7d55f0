# tempfile.TemporaryFile: an anonymous read-write file; gettempdir and gettempprefix
import os
import tempfile

with tempfile.TemporaryFile("w+") as f:
    f.write("anonymous\n")
    f.seek(0)
    print(repr(f.read()))
print(os.path.isabs(tempfile.gettempdir()), tempfile.gettempprefix())
