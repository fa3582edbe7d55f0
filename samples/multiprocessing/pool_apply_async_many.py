# API: many apply_async calls collected in submission order
import multiprocessing


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    with multiprocessing.Pool(4) as pool:
        pending = [pool.apply_async(fib, (n,)) for n in range(0, 100, 9)]
        print([r.get() for r in pending])
