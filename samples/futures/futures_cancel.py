# A pending Future can be cancelled, a running one cannot (API: Future.cancel, cancelled, CancelledError)
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    gate.wait()
    return "held"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as executor:
        running = executor.submit(hold)
        pending = executor.submit(hold)
        started.wait()
        print(running.cancel(), pending.cancel(), pending.cancel())
        print(running.running(), pending.cancelled(), pending.done())
        try:
            pending.result()
        except CancelledError:
            print("CancelledError")
        gate.set()
        print(running.result(), running.cancel())
