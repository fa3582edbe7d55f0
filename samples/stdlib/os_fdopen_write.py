# os.fdopen wraps a descriptor from tempfile.mkstemp in a text file object
import os
import tempfile

fd, path = tempfile.mkstemp(text=True)
with os.fdopen(fd, "w") as f:
    f.write("via fdopen\n")
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
