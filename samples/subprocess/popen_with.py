# `with Popen(...) as p`: the block's result, and __exit__ closing pipes and waiting
import subprocess

with subprocess.Popen(["echo", "inside with"], stdout=subprocess.PIPE, text=True) as p:
    print(repr(p.stdout.read()))
print(p.returncode, p.stdout.closed)

with subprocess.Popen(["sh", "-c", "sleep 0.2; exit 4"]) as p:
    print("returncode inside:", p.returncode)
print("returncode after:", p.returncode)

try:
    with subprocess.Popen(["sleep", "0.2"]) as p:
        raise RuntimeError("boom in body")
except RuntimeError as e:
    print(e, p.returncode)
print(repr(p)[:27])
