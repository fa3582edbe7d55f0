# API: instances of module-level classes cross processes with their attributes
import multiprocessing


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return "%s:%d" % (self.kind, self.n)


class Derived(Base):
    kind = "derived"

    def __init__(self, n, extra):
        super().__init__(n)
        self.extra = extra


def child(q, objs):
    q.put([o.describe() for o in objs])
    q.put(objs[1].extra)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    objs = [Base(1), Derived(2, {"k": (1, 2)})]
    p = multiprocessing.Process(target=child, args=(q, objs))
    p.start()
    print(q.get())
    print(q.get())
    p.join()
