# two `with Popen(...) as p` blocks reusing the name p, each iterating over p.stdout
import subprocess

with subprocess.Popen(["printf", "a\\nb\\n"], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print("first:", repr(line))
with subprocess.Popen(["printf", "c\\nd\\n"], stdout=subprocess.PIPE) as p:
    for line in p.stdout:
        print("second:", repr(line))
print(p.returncode)
