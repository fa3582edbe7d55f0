# API: dicts with int, float, tuple, bool, None and frozenset keys survive the trip
import multiprocessing


def child(q, d):
    q.put(sorted((repr(k), v) for k, v in d.items()))
    q.put(d)


if __name__ == "__main__":
    d = {1: "int", 2.5: "float", (1, "a"): "tuple", None: "none", frozenset([3]): "fs", "s": "str"}
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q, d))
    p.start()
    print(q.get())
    back = q.get()
    print(back == d, list(back) == list(d))
    p.join()
