# A worker process that dies abruptly breaks the pool: futures fail with BrokenProcessPool, no hang (API: BrokenProcessPool)
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die():
    os._exit(3)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        f = executor.submit(die)
        try:
            f.result()
        except BrokenProcessPool as e:
            print("broken:", e)
        try:
            executor.submit(die)
        except BrokenProcessPool as e:
            print("submit:", e)
