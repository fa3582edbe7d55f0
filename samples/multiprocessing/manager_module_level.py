# A manager made at module level: fork children inherit its dict proxy, and the manager counts among the children
import multiprocessing

manager = multiprocessing.Manager()
shared = manager.dict()


def f(n):
    shared[n] = n * 10


if __name__ == "__main__":
    procs = [multiprocessing.Process(target=f, args=(i,)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(sorted(shared.items()))
    print([c.name for c in multiprocessing.active_children()])
