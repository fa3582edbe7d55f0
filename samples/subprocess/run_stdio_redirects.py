# stdin/stdout/stderr as PIPE, DEVNULL and STDOUT (stderr merged into stdout)
import subprocess

cmd = ["sh", "-c", "echo to-out; echo to-err >&2"]
r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(repr(r.stdout), r.stderr)
r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, repr(r.stderr))
r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(repr(r.stdout))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
try:
    subprocess.run(cmd, capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
