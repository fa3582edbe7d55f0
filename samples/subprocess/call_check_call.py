# subprocess.call returns the exit code; check_call raises CalledProcessError on failure
import subprocess

print(subprocess.call(["true"]))
print(subprocess.call(["false"]))
print(subprocess.call("exit 5", shell=True))
print(subprocess.call(["echo", "call prints directly"]))
print(subprocess.check_call(["echo", "check_call ok"]))
try:
    subprocess.check_call(["sh", "-c", "exit 9"])
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.output)
try:
    subprocess.call(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
