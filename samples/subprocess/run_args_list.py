# subprocess.run with an argument list: returncode, and stdout/stderr None when not captured
import subprocess

r = subprocess.run(["echo", "hello", "world"])
print(r.returncode, r.stdout, r.stderr)
print(repr(r))
r = subprocess.run(["false"])
print(r.returncode)
print(r)
r = subprocess.run(["sh", "-c", "exit 7"])
print(r.returncode)
