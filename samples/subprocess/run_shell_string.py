# subprocess.run with a command string and shell=True: pipes, variables and exit codes
import subprocess

r = subprocess.run("echo one two | while read a b; do echo $b; echo $a; done", shell=True, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run("X=5; echo $((X * 3))", shell=True, capture_output=True)
print(repr(r.stdout))
r = subprocess.run("exit 3", shell=True)
print(r.args, r.returncode)
r = subprocess.run(["echo $0 $1", "first", "second"], shell=True, capture_output=True, text=True)
print(repr(r.stdout))
