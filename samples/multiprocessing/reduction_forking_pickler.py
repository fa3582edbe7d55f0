# API: multiprocessing.reduction ForkingPickler (dumps, loads, register, dump), register, dump, AbstractReducer; a registered reducer applies across processes
import multiprocessing
import os
import tempfile
from multiprocessing.reduction import AbstractReducer, ForkingPickler, dump, register


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def rebuild_point(x, y):
    print("rebuilding", x, y)
    return Point(x * 10, y * 10)


def reduce_point(p):
    return (rebuild_point, (p.x, p.y))


register(Point, reduce_point)


def show(q):
    print("child got", q.get())


if __name__ == "__main__":
    data = ForkingPickler.dumps({"a": [1, 2.5, "s"], "t": (None, True)})
    print(type(data).__name__ in ("bytes", "memoryview"), ForkingPickler.loads(data))
    print(ForkingPickler.loads(bytes(data)))
    print(ForkingPickler.loads(ForkingPickler.dumps(Point(1, 2))))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "dumped.bin")
        with open(path, "wb") as f:
            dump([Point(3, 4), "x"], f)
        with open(path, "rb") as f:
            print(ForkingPickler.loads(f.read()))
        with open(path, "wb") as f:
            ForkingPickler(f).dump(("second", 2))
        with open(path, "rb") as f:
            print(ForkingPickler.loads(f.read()))
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=show, args=(q,))
    p.start()
    q.put(Point(5, 6))
    p.join()
    try:
        ForkingPickler.dumps(multiprocessing.Lock())
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        ForkingPickler.dumps(lambda: 1)
    except Exception as e:
        print(type(e).__name__, str(e).split(" at ")[0])
    print(issubclass(AbstractReducer, object), AbstractReducer.ForkingPickler is ForkingPickler)
