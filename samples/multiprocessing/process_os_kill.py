# os.kill on a multiprocessing child: SIGTERM/SIGKILL set exitcode to -signal, signal 0 probes, a reaped pid is gone
import os
import time
from multiprocessing import Process


def sleeper():
    time.sleep(10)


if __name__ == "__main__":
    p = Process(target=sleeper)
    p.start()
    time.sleep(0.2)
    os.kill(p.pid, 15)
    p.join()
    print("after SIGTERM:", p.exitcode)
    q = Process(target=sleeper)
    q.start()
    os.kill(q.pid, 0)
    print("alive after probe:", q.is_alive())
    os.kill(q.pid, 9)
    q.join()
    print("after SIGKILL:", q.exitcode)
    try:
        os.kill(q.pid, 15)
    except ProcessLookupError as e:
        print(type(e).__name__, e.errno, e.strerror)
