# subprocess.run(check=True) raises CalledProcessError with the captured output
import subprocess

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)

try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, repr(e.output), repr(e.stdout), repr(e.stderr))
    print(e.args)

try:
    subprocess.run("exit 2", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(str(e))

r = subprocess.run(["true"], check=True)
print(r)
