# subprocess.check_output returns stdout (bytes or str) and raises with the output on failure
import subprocess

print(repr(subprocess.check_output(["echo", "hi"])))
print(repr(subprocess.check_output(["echo", "hi"], text=True)))
print(repr(subprocess.check_output("echo $((6 * 7))", shell=True, universal_newlines=True)))
print(repr(subprocess.check_output(["cat"], input=b"piped in")))
print(repr(subprocess.check_output(["sh", "-c", "echo e >&2; echo o"], stderr=subprocess.STDOUT)))
try:
    subprocess.check_output(["sh", "-c", "echo before failing; exit 3"])
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e.output), e.stderr)
try:
    subprocess.check_output(["sleep", "3"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, repr(e.output))
