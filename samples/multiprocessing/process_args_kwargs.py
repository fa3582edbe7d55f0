# API: Process(target, args, kwargs)
import multiprocessing


def show(a, b, c=3, *rest, d=4, **extra):
    print("a", a, "b", b, "c", c, "rest", rest, "d", d, "extra", sorted(extra.items()))


if __name__ == "__main__":
    calls = [
        ((1, 2), {}),
        ((1, 2, 30, 40, 50), {"d": 7}),
        ((1,), {"b": 20, "x": 9, "y": 8}),
    ]
    for args, kwargs in calls:
        p = multiprocessing.Process(target=show, args=args, kwargs=kwargs)
        p.start()
        p.join()
