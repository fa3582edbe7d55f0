# After shutdown, submit raises RuntimeError; cancel_futures drops queued work (API: Executor.shutdown)
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()


def hold(n):
    started.set()
    gate.wait()
    return n


if __name__ == "__main__":
    executor = ThreadPoolExecutor(max_workers=1)
    first = executor.submit(hold, 1)
    queued = [executor.submit(hold, n) for n in range(2, 5)]
    started.wait()
    gate.set()
    executor.shutdown(wait=True, cancel_futures=True)
    print(first.result(), [f.cancelled() for f in queued])
    try:
        executor.submit(hold, 9)
    except RuntimeError as e:
        print(e)
