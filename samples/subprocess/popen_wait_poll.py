# Popen: pid, poll() before and after exit, wait() with and without timeout, returncode
import subprocess

p = subprocess.Popen(["sleep", "0.3"])
print(p.pid > 0, isinstance(p.pid, int))
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
print(p.wait())
print(p.poll(), p.returncode)
print(p.args)

p = subprocess.Popen(["sh", "-c", "exit 6"])
print(p.wait(), p.returncode, p.wait())
p = subprocess.Popen("exit 2", shell=True)
p.wait()
print(p.args, p.returncode)
