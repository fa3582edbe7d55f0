# tempfile.mkstemp (fd, path) with os.write/os.close, and mkdtemp with prefix and dir
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="base-")
print(os.path.isdir(base), os.path.basename(base).startswith("base-"), oct(os.stat(base).st_mode & 0o777))
fd, path = tempfile.mkstemp(suffix=".dat", dir=base)
print(type(fd).__name__, os.path.dirname(path) == base, path.endswith(".dat"))
print(os.write(fd, b"abc"), oct(os.stat(path).st_mode & 0o777))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
sub = tempfile.mkdtemp(dir=base)
print(os.path.dirname(sub) == base, sorted(os.path.splitext(n)[1] for n in os.listdir(base)))
shutil.rmtree(base)
print(os.path.exists(base))
