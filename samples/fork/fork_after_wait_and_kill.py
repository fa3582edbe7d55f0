# os.fork after the parent already reaped and killed earlier children: os.wait, os.waitpid, os.kill and ChildProcessError
import os
import signal
import time

first = os.fork()
if first == 0:
    os._exit(7)
pid, status = os.wait()
print("reaped first:", pid == first, os.WEXITSTATUS(status))

sleeper = os.fork()
if sleeper == 0:
    time.sleep(30)
    os._exit(0)
os.kill(sleeper, signal.SIGKILL)
pid, status = os.waitpid(sleeper, 0)
print("sleeper:", os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGKILL)

try:
    os.waitpid(sleeper, 0)
except ChildProcessError as e:
    print("again:", e)

last = os.fork()
if last == 0:
    print("last child runs after", "the others", flush=True)
    os._exit(0)
print(os.waitpid(last, 0) == (last, 0))
try:
    os.wait()
except ChildProcessError as e:
    print("no more:", e.errno, e.strerror)
