# API: multiprocessing.pool.ThreadPool map/apply/starmap/imap, with-block
from multiprocessing.pool import ThreadPool


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    with ThreadPool(3) as pool:
        print(pool.map(square, range(6)))
        print(pool.apply(add, (2, 3)))
        print(pool.starmap(add, [(1, 1), (2, 2)]))
        out = []
        for v in pool.imap(square, [7, 8, 9]):
            out.append(v)
        print(out)
