# Proxies come back from Pool tasks and through a multiprocessing.Queue, still pointing at the same managed list
import multiprocessing


def task(shared, n):
    shared.append(n)
    return shared


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        with multiprocessing.Manager() as m:
            shared = m.list()
            proxies = pool.starmap(task, [(shared, n) for n in range(4)])
            print(sorted(shared), len(proxies), sorted(proxies[0]))
            q = multiprocessing.Queue()
            q.put(shared)
            again = q.get()
            again.append(99)
            print(sorted(shared))
