# os.fork gives the child a copy of the parent's memory: its changes do not flow back, and a later child sees the parent's later state
import os

data = {"count": 1, "items": [1, 2]}
pid = os.fork()
if pid == 0:
    data["count"] += 100
    data["items"].append(3)
    print("child sees", data, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent sees", data)
data["count"] += 1
pid = os.fork()
if pid == 0:
    print("second child sees", data["count"], flush=True)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("status", status)
