# API: multiprocessing.reducer and ctx.reducer: the reduction module (ForkingPickler, register, dump) every context pickles with
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def rebuild(x, y):
    return Point(x * 10, y * 10)


if __name__ == "__main__":
    r = mp.reducer
    print(r is mp.get_context("spawn").reducer, r is mp.get_context().reducer)
    print(r.ForkingPickler.__name__, callable(r.register), callable(r.dump))
    r.register(Point, lambda p: (rebuild, (p.x, p.y)))
    copy = r.ForkingPickler.loads(r.ForkingPickler.dumps(Point(1, 2)))
    print(type(copy).__name__, copy.x, copy.y)
    print(r.ForkingPickler.loads(r.ForkingPickler.dumps([1, "two", (3.0,)])))
    print(issubclass(r.AbstractReducer, object))
