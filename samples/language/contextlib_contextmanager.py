# contextlib.contextmanager: code before yield enters, after yield exits; try/finally sees errors
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as error:
        print("ignored", repr(error))


with tag("p") as value:
    print("inside", value)
with ignoring(ValueError):
    int("x")
print("after")
try:
    with tag("div"):
        raise KeyError("k")
except KeyError:
    print("propagated")
