# @contextmanager: handling the exception thrown in at the yield, converting it, the misuse
# errors ("didn't yield", "didn't stop") and use as a decorator (ContextDecorator)
from contextlib import contextmanager


@contextmanager
def translate(kind, into):
    try:
        yield
    except kind as error:
        raise into(f"translated: {error}") from error


try:
    with translate(KeyError, LookupError):
        {}["k"]
except LookupError as error:
    print(type(error).__name__, error, "| cause:", repr(error.__cause__))


@contextmanager
def counting():
    print("enter")
    yield 1
    print("exit")


@counting()
def work(x, y=2):
    print("working", x, y)
    return x + y


print(work(1))
print(work(3, y=4))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as error:
    print("RuntimeError:", error, error.__suppress_context__)


@contextmanager
def two_yields():
    yield
    yield


try:
    with two_yields():
        print("body")
except RuntimeError as error:
    print("RuntimeError:", error)


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        print("caught, yielding again")
        yield


try:
    with keeps_going():
        raise ValueError("v")
except RuntimeError as error:
    print("RuntimeError:", error)


@contextmanager
def observe():
    try:
        yield
    except Exception as error:
        print("saw", repr(error), "re-raising")
        raise


try:
    with observe():
        raise IndexError(3)
except IndexError as error:
    print("outer", repr(error))
