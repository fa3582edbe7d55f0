# Per-task overhead: Pool.map over many tiny tasks (CPython batches them into chunks).
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(4) as pool:
        results = pool.map(square, range(200_000))
    print(len(results), sum(results))
