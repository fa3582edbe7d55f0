# A Pool maps over chunks of an array: each chunk crosses to a worker, and the np.float64 /
# np.int64 results come back with their types.
import multiprocessing as mp
import numpy as np


def square_sum(chunk):
    return np.sum(chunk ** 2)


if __name__ == "__main__":
    np.random.seed(1)
    data = np.random.rand(100000)
    chunks = [data[i:i + 25000] for i in range(0, len(data), 25000)]
    with mp.Pool(2) as pool:
        partial = pool.map(square_sum, chunks)
        counts = pool.map(square_sum, [np.arange(n) for n in range(4)])
    print(partial)
    print(counts)
    print(sum(partial), np.sum(data ** 2))
