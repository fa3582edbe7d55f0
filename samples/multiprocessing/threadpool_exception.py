# API: ThreadPool apply_async error_callback and re-raised exception is the same object
from multiprocessing.pool import ThreadPool

marker = ValueError("the original")


def fail():
    raise marker


if __name__ == "__main__":
    errors = []
    with ThreadPool(2) as pool:
        r = pool.apply_async(fail, error_callback=errors.append)
        try:
            r.get(timeout=5)
        except ValueError as e:
            print("same object:", e is marker)
        print(r.successful(), errors[0] is marker)
