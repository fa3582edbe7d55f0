# API: exceptions cross processes with type, args and str()
import multiprocessing


class CustomError(Exception):
    pass


def child(q):
    for exc in (ValueError("v", 2), KeyError("key"), CustomError("custom"), OSError(2, "No such file")):
        q.put(exc)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    for _ in range(4):
        e = q.get()
        print(type(e).__name__, e.args, str(e), isinstance(e, Exception))
    p.join()
