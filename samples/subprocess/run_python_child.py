# subprocess.run([sys.executable, "child.py", ...]): a Python child with arguments, input and exit code
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
child = os.path.join(here, "child_echo_argv.py")
r = subprocess.run([sys.executable, child, "x", "y z"], input="hello child\n", capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end="")
print(repr(r.stderr))
try:
    subprocess.check_output([sys.executable, "child_echo_argv.py", "only"], cwd=here, input=b"x", stderr=subprocess.DEVNULL)
except subprocess.CalledProcessError as e:
    print(e.returncode, repr(e.output), e.stderr)
