# API: Pool.imap keeps order, with and without chunksize; next()
import multiprocessing


def inc(x):
    return x + 1


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        out = []
        for v in pool.imap(inc, range(8)):
            out.append(v)
        print(out)
        out = []
        for v in pool.imap(inc, range(8), chunksize=3):
            out.append(v)
        print(out)
        it = pool.imap(inc, [10, 20])
        print(it.next(), it.next())
        try:
            it.next()
        except StopIteration:
            print("StopIteration")
