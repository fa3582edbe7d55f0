# API: Process.terminate gives exitcode -15 (-SIGTERM)
import multiprocessing
import time


def forever(ready):
    ready.set()
    while True:
        time.sleep(0.05)


if __name__ == "__main__":
    ready = multiprocessing.Event()
    p = multiprocessing.Process(target=forever, args=(ready,))
    p.start()
    ready.wait()
    print("alive:", p.is_alive())
    p.terminate()
    p.join()
    print("alive:", p.is_alive(), "exitcode:", p.exitcode)
