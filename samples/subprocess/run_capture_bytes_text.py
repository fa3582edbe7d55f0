# capture_output returns bytes by default, str with text=True, universal_newlines=True or encoding=
import subprocess

cmd = ["printf", "a\\nb\\r\\nc"]
print(repr(subprocess.run(cmd, capture_output=True).stdout))
print(repr(subprocess.run(cmd, capture_output=True, text=True).stdout))
print(repr(subprocess.run(cmd, capture_output=True, universal_newlines=True).stdout))
r = subprocess.run(["printf", "caf\\303\\251"], capture_output=True, encoding="utf-8")
print(repr(r.stdout), len(r.stdout))
r = subprocess.run(["printf", "caf\\351"], capture_output=True, encoding="latin-1")
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], capture_output=True)
print(repr(r.stdout), repr(r.stderr))
print(r)
