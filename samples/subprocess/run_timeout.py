# subprocess.run(timeout=...) kills the child and raises TimeoutExpired
import subprocess

try:
    subprocess.run(["sleep", "5"], capture_output=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__)
    print(e)
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)

try:
    subprocess.run("sleep 5", shell=True, stdout=subprocess.PIPE, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)

# Without pipes, run() waits for the time left, so the reported timeout is a little under 0.2.
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e.cmd, type(e.timeout).__name__, 0.1 < e.timeout <= 0.2)

try:
    subprocess.run(["sh", "-c", "echo partial; sleep 5"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(repr(e.stdout), repr(e.stderr))
    print(isinstance(e, subprocess.SubprocessError))

r = subprocess.run(["echo", "quick"], capture_output=True, timeout=5)
print(r)
