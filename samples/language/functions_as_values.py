# functions passed, stored in containers, returned, compared, and their __name__
def square(x):
    return x * x


def negate(x):
    return -x


def compose(f, g):
    def both(x):
        return f(g(x))
    return both


def apply_all(fns, value):
    return [fn(value) for fn in fns]


pipeline = [square, negate, compose(negate, square), len if False else abs]
print(apply_all(pipeline, -3))
print(compose(square, negate).__name__, square.__name__, abs.__name__)
ops = {"sq": square}
ops["neg"] = negate
print(sorted(ops), ops["sq"](5), square is ops["sq"], callable(square), callable(5))
print(list(map(square, range(4))), max([3, -7, 5], key=negate))
