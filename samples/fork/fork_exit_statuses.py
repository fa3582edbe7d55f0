# os.fork children ending by os._exit(n), sys.exit, SystemExit and a signal; os.waitpid statuses decoded with WIFEXITED/WEXITSTATUS/WIFSIGNALED/WTERMSIG
import os
import signal
import sys
import time

children = {}


def spawn(kind):
    pid = os.fork()
    if pid == 0:
        if kind == "exit3":
            os._exit(3)
        elif kind == "sys_exit":
            sys.exit(5)
        elif kind == "raise":
            raise SystemExit(0)
        elif kind == "sleep":
            time.sleep(30)
            os._exit(0)
    children[pid] = kind


for kind in ("exit3", "sys_exit", "raise", "sleep"):
    spawn(kind)

for pid, kind in children.items():
    if kind == "sleep":
        os.kill(pid, signal.SIGTERM)

for pid, kind in children.items():
    got, status = os.waitpid(pid, 0)
    assert got == pid
    if os.WIFEXITED(status):
        print(kind, "exited", os.WEXITSTATUS(status))
    elif os.WIFSIGNALED(status):
        print(kind, "killed by", signal.Signals(os.WTERMSIG(status)).name)
