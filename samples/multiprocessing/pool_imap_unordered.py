# API: Pool.imap_unordered (results sorted, order is up to the scheduler)
import multiprocessing


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        for chunksize in (1, 2):
            out = []
            for v in pool.imap_unordered(cube, range(7), chunksize=chunksize):
                out.append(v)
            print(sorted(out))
