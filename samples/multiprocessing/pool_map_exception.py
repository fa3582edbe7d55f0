# API: Pool.map re-raises the worker's exception with its type and message
import multiprocessing


def check(x):
    if x == 3:
        raise ZeroDivisionError("three is not allowed")
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, range(6))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
        print(pool.map(check, [1, 2]))
