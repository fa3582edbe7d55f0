# os.kill(pid, 0) probes a process: fine for our own pid, ProcessLookupError for a missing one
import os

print(os.kill(os.getpid(), 0))
try:
    os.kill(4194000, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno, e)
try:
    os.kill(os.getpid(), "TERM")
except TypeError as e:
    print("TypeError", e)
