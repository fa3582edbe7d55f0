# API: big ints, negative zero, inf/nan floats and unicode strings through a Pipe
import math
import multiprocessing


def child(conn):
    values = conn.recv()
    conn.send([(type(v).__name__, v) for v in values])


if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(b,))
    p.start()
    a.send([2 ** 53 + 1, -(2 ** 200), 10 ** 18, -0.0, math.inf, 1e-300, "日本語", "\U0001F600"])
    for name, v in a.recv():
        print(name, v)
    p.join()
