# wait(return_when=FIRST_COMPLETED) returns once one future is done; the blocked one is still pending (API: concurrent.futures.wait)
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED

gate = threading.Event()


def blocked():
    gate.wait()
    return "late"


def quick():
    return "early"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as executor:
        slow = executor.submit(blocked)
        fast = executor.submit(quick)
        done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
        print([f.result() for f in done], len(not_done), slow in not_done)
        gate.set()
        result = wait([slow, fast], return_when=ALL_COMPLETED)
        print(len(result.done), len(result.not_done), slow.result())
