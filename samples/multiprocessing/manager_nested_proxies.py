# Proxies inside proxies and through a Queue: a dict of manager lists, and a list proxy sent over multiprocessing.Queue
import multiprocessing


def fill(groups, key, n):
    groups[key].append(n)


def via_queue(q):
    shared = q.get()
    shared.append("from child")


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        groups = manager.dict()
        groups["even"] = manager.list()
        groups["odd"] = manager.list()
        procs = [
            multiprocessing.Process(target=fill, args=(groups, "even" if n % 2 == 0 else "odd", n)) for n in range(6)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(groups["even"]), sorted(groups["odd"]))
        shared = manager.list(["start"])
        q = multiprocessing.Queue()
        p = multiprocessing.Process(target=via_queue, args=(q,))
        p.start()
        q.put(shared)
        p.join()
        print(shared)
