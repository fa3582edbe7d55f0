# API: list(Pool.imap(...)) consumes the iterator directly
import multiprocessing


def inc(x):
    return x + 1


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(list(pool.imap(inc, range(8))))
        print(list(pool.imap(inc, range(8), chunksize=3)))
        it = pool.imap(inc, [10, 20])
        print(it.next(), it.next())
        try:
            it.next()
        except StopIteration:
            print("StopIteration")
