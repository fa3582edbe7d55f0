# subprocess.run with cwd= and env=: the child's working directory and environment
import os
import subprocess

here = os.path.dirname(os.path.abspath(__file__))
r = subprocess.run(["sh", "-c", "pwd"], cwd="/", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "echo ${PWD##*/}"], cwd=here, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "echo \"$GREETING-$OTHER\""], env={"GREETING": "hi", "PATH": os.environ["PATH"]}, capture_output=True, text=True)
print(repr(r.stdout))
env = dict(os.environ, GREETING="merged")
r = subprocess.run("echo $GREETING", shell=True, env=env, capture_output=True, text=True)
print(repr(r.stdout))
try:
    subprocess.run(["sh", "-c", "pwd"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(e)
