# API: ThreadPool tasks share the process's memory (no pickling); lambdas work
from multiprocessing.pool import ThreadPool

results = []


def record(x):
    results.append(x)
    return x


if __name__ == "__main__":
    pool = ThreadPool(2)
    print(pool.map(lambda x: x + 100, [1, 2, 3]))
    pool.map(record, range(5))
    pool.close()
    pool.join()
    print(sorted(results))
