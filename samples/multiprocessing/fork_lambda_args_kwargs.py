# API: Process target that is a lambda with args, kwargs, a default evaluated at creation, and a closed-over local
import multiprocessing


def start_lambda(prefix):
    marks = {"a": 1}
    p = multiprocessing.Process(target=lambda x, y=0, *rest, sep="-", **kw: print(prefix, x, y, rest, sep, kw, marks),
                                args=(1, 2, 3), kwargs={"sep": "+", "z": 9})
    marks["b"] = 2
    p.start()
    p.join()
    return p.exitcode


if __name__ == "__main__":
    base = [1, 2]
    p = multiprocessing.Process(target=lambda k, b=list(base): print("default", b, "global", base, "arg", k), args=("k",))
    base.append(3)
    p.start()
    p.join()
    print(p.exitcode)
    print(start_lambda("pre"))
    q = multiprocessing.Process(target=lambda: 1 / 0)
    q.start()
    q.join()
    print("exitcode", q.exitcode)
