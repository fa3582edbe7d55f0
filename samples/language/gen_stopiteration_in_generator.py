# a StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def bad():
    yield 1
    raise StopIteration("oops")


try:
    print(list(bad()))
except RuntimeError as error:
    print(type(error).__name__, error, type(error.__cause__).__name__)


def uses_next(it):
    while True:
        yield next(it)


try:
    list(uses_next(iter([1, 2])))
except RuntimeError as error:
    print(error)
