# API: Queue carries Python values between processes (ints, floats, str, bytes, containers)
import multiprocessing


def echo(inq, outq):
    while True:
        item = inq.get()
        if item == "stop":
            break
        outq.put(item)


if __name__ == "__main__":
    inq, outq = multiprocessing.Queue(), multiprocessing.Queue()
    p = multiprocessing.Process(target=echo, args=(inq, outq))
    p.start()
    values = [0, -7, 2 ** 100, -(2 ** 70), 1.5, float("inf"), "héllo", b"\x00\xff", None, True,
              [1, [2, 3]], (4, (5,)), {"a": 1, 2: "b", (3, 4): [5]}, {1, 2, 3}, frozenset({"x"}), range(2, 10, 3)]
    for v in values:
        inq.put(v)
    for v in values:
        got = outq.get()
        print(repr(got), got == v, type(got).__name__)
    inq.put("stop")
    p.join()
