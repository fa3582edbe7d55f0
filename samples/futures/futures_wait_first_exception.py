# wait(return_when=FIRST_EXCEPTION) returns as soon as one future raises, else waits for all (API: concurrent.futures.wait, FIRST_EXCEPTION)
import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

release = threading.Event()


def ok(n):
    release.wait()
    return n


def boom():
    raise ValueError("bad input")


with ThreadPoolExecutor(max_workers=3) as ex:
    slow = [ex.submit(ok, n) for n in (1, 2)]
    failing = ex.submit(boom)
    done, not_done = wait(slow + [failing], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    print([f is failing for f in done])
    print(repr(failing.exception()))
    release.set()
    done, not_done = wait(slow, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    # No exception at all: FIRST_EXCEPTION waits for everything, like ALL_COMPLETED.
    done, not_done = wait([ex.submit(ok, 5), ex.submit(ok, 6)], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
