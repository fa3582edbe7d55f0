# Popen's stdin/stdout/stderr are None for streams that are not PIPEs
import subprocess

p = subprocess.Popen(["true"])
print(p.stdin, p.stdout, p.stderr)
p.wait()
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(p.stdout is None, p.stderr is None, p.stdin is None)
print(p.stdout, p.stderr)
p.communicate(b"")
