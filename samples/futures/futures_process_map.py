# ProcessPoolExecutor.map with chunksize keeps input order (API: ProcessPoolExecutor, map(chunksize))
from concurrent.futures import ProcessPoolExecutor


def cube(n):
    return n ** 3


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(cube, range(10), chunksize=3)))
        print(executor.submit(cube, 11).result())
