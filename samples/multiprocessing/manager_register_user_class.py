# API: BaseManager.register for user classes: AutoProxy methods, proxies passed to processes and pool workers
from multiprocessing import Process, Pool
from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self, start=0):
        self.n = start

    def inc(self, by=1):
        self.n += by
        return self.n

    def value(self):
        return self.n

    def fail(self):
        raise ValueError(f"counter at {self.n}")

    def _hidden(self):
        return "hidden"

    def __repr__(self):
        return f"Counter({self.n})"


def make_list(*items):
    return list(items)


class MyManager(BaseManager):
    pass


MyManager.register("Counter", Counter)
MyManager.register("Items", make_list, exposed=["append", "__len__", "__getitem__"])


def bump(counter, times):
    for _ in range(times):
        counter.inc()


def add(args):
    counter, k = args
    return counter.inc(k)


if __name__ == "__main__":
    with MyManager() as manager:
        c = manager.Counter(10)
        print(type(c).__name__, c.inc(), c.inc(by=5), c.value())
        print(str(c))
        procs = [Process(target=bump, args=(c, 3)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("after processes", c.value())
        with Pool(2) as pool:
            pool.map(add, [(c, 1), (c, 2), (c, 3)])
        print("after pool", c.value())
        try:
            c.fail()
        except ValueError as e:
            print("ValueError:", e)
        print(hasattr(c, "_hidden"), hasattr(c, "inc"))
        items = manager.Items(1, 2)
        items.append(3)
        print(type(items).__name__, len(items), items[2])
