# result(timeout) raises TimeoutError while the task is still blocked (API: Future.result(timeout), TimeoutError)
import threading
import concurrent.futures

gate = threading.Event()


def wait_for_gate():
    gate.wait()
    return "opened"


if __name__ == "__main__":
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        f = executor.submit(wait_for_gate)
        try:
            f.result(timeout=0.05)
        except concurrent.futures.TimeoutError:
            print("timed out; done =", f.done())
        gate.set()
        print(f.result(timeout=5))
    print(concurrent.futures.TimeoutError is TimeoutError)
