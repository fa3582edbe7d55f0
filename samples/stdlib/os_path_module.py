# import os; os.path.* functions used through the os module, on a real temporary tree
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data", "file.tar.gz")
    os.makedirs(os.path.dirname(p))
    with open(p, "w") as f:
        f.write("x" * 10)
    print(os.path.basename(p), os.path.splitext(p)[1], os.path.split(p)[1])
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(os.path.dirname(p)), os.path.getsize(p))
    print(os.path.relpath(p, d), os.path.isabs(p), os.path.normpath("a/./b/../c"))
    print(os.path.commonpath([os.path.join(d, "data"), p]) == os.path.join(d, "data"))
