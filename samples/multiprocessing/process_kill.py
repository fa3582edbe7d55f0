# API: Process.kill gives exitcode -9 (-SIGKILL)
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
    p.kill()
    p.join()
    print("exitcode:", p.exitcode)
