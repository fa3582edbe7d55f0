# Manager proxies as Pool task arguments: each task records its result in a shared dict and appends to a shared list
import multiprocessing


def square_into(results, seen, n):
    results[n] = n * n
    seen.append(n)
    return n


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        results = manager.dict()
        seen = manager.list()
        with multiprocessing.Pool(3) as pool:
            returned = pool.starmap(square_into, [(results, seen, n) for n in range(8)])
        print(returned)
        print(sorted(results.items()))
        print(sorted(seen))
