# A task's exception is stored on its Future and raised again by result() (API: Future.exception, Future.result)
from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n % 2:
        raise ValueError(f"odd value {n}")
    return n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(check, n) for n in range(4)]
        for f in futures:
            error = f.exception()
            print(repr(error))
        try:
            futures[1].result()
        except ValueError as e:
            print("result raised:", e)
        try:
            list(executor.map(check, [0, 2, 3, 4]))
        except ValueError as e:
            print("map raised:", e)
