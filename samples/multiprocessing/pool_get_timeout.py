# API: AsyncResult.get(timeout) raises multiprocessing.TimeoutError, ready() False, wait(timeout)
import multiprocessing

gate = None


def init(event):
    global gate
    gate = event


def wait_for_gate():
    gate.wait()
    return "released"


if __name__ == "__main__":
    ev = multiprocessing.Event()
    with multiprocessing.Pool(1, initializer=init, initargs=(ev,)) as pool:
        r = pool.apply_async(wait_for_gate)
        try:
            r.get(timeout=0.1)
        except multiprocessing.TimeoutError as e:
            print("TimeoutError", type(e).__module__)
        r.wait(0.05)
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError", str(e).endswith("not ready"))
        ev.set()
        print(r.get(timeout=10), r.ready())
