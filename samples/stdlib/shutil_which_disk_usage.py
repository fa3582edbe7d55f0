# shutil.which finds executables on PATH (or None); disk_usage is a named tuple of ints
import os
import shutil
import tempfile

print(shutil.which("sh") is not None, os.path.basename(shutil.which("sh")))
print(shutil.which("definitely-not-a-command-py2ts"))
with tempfile.TemporaryDirectory() as d:
    tool = os.path.join(d, "mytool")
    with open(tool, "w") as f:
        f.write("#!/bin/sh\necho hi\n")
    print(shutil.which("mytool", path=d))
    os.chmod(tool, 0o755)
    print(shutil.which("mytool", path=d) == tool)
    usage = shutil.disk_usage(d)
    print(type(usage).__name__, len(usage), usage.total >= usage.used, usage.free > 0, usage.total == usage[0])
