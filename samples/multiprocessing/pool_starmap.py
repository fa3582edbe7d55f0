# API: Pool.starmap and Pool.starmap_async with chunksize
import multiprocessing


def mul(a, b):
    return a * b


if __name__ == "__main__":
    pairs = [(1, 2), (3, 4), (5, 6), (7, 8)]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(mul, pairs))
        print(pool.starmap(mul, pairs, chunksize=3))
        print(pool.starmap_async(mul, pairs).get())
