# An exception raised in a worker process comes back through the Future (API: ProcessPoolExecutor.submit, Future.exception)
from concurrent.futures import ProcessPoolExecutor


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        ok = executor.submit(divide, 1, 4)
        bad = executor.submit(divide, 1, 0)
        print(ok.result())
        print(repr(bad.exception()))
        try:
            bad.result()
        except ZeroDivisionError as e:
            print("caught", e)
