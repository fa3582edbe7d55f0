# API: Connection.send of many value types through a child process
import multiprocessing


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def echo(conn):
    while True:
        v = conn.recv()
        if v == "end":
            break
        conn.send(v)


if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    for v in [Point(1, 2), [Point(3, 4)], {"p": Point(5, 6)}, 10 ** 30, -0.0, (), "", ValueError("x", 1)]:
        a.send(v)
        print(repr(a.recv()))
    a.send("end")
    p.join()
