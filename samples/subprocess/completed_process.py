# CompletedProcess: repr with and without output, check_returncode, built by hand
import subprocess

r = subprocess.run(["echo", "x"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
print(r.check_returncode())
r = subprocess.run(["sh", "-c", "exit 1"], stdout=subprocess.PIPE, text=True)
print(repr(r))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e)
    print(repr(e.stdout), e.stderr)
cp = subprocess.CompletedProcess(["made", "up"], 0, stdout="o")
print(cp)
cp = subprocess.CompletedProcess("cmd", 2, None, b"err")
print(cp)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stderr)
print(type(r).__name__, isinstance(r, subprocess.CompletedProcess))
