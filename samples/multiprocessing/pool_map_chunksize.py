# API: Pool.map with chunksize, Pool.map_async
import multiprocessing


def triple(x):
    return 3 * x


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print(pool.map(triple, range(10)))
        print(pool.map(triple, range(10), chunksize=4))
        print(pool.map(triple, [], chunksize=2))
        r = pool.map_async(triple, range(5), chunksize=2)
        print(r.get(timeout=10))
