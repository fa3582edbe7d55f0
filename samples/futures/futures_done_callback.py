# add_done_callback runs when the future finishes, or at once if it already has (API: Future.add_done_callback)
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()


def slow(n):
    gate.wait()
    return n * 2


def report(future):
    print("callback got", future.result())


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as executor:
        f = executor.submit(slow, 21)
        f.add_done_callback(report)
        print("callback registered")
        gate.set()
        f.result()
        f.add_done_callback(report)
    print("done")
