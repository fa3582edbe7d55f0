# stdout/stdin as open files: the child writes to and reads from real files
import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.txt")
    with open(path, "w") as f:
        subprocess.run(["echo", "written by child"], stdout=f)
        subprocess.run(["sh", "-c", "echo also stderr >&2"], stderr=f)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "a") as f:
        f.write("from parent\n")
        f.flush()
        subprocess.run(["printf", "appended\\n"], stdout=f)
    with open(path, "rb") as f:
        r = subprocess.run(["sh", "-c", "n=0; while read l; do n=$((n+1)); done; echo $n"], stdin=f, capture_output=True, text=True)
    print(r.stdout.strip())
    with open(path) as f:
        r = subprocess.run(["cat"], stdin=f, stdout=subprocess.PIPE)
    print(r.stdout)
