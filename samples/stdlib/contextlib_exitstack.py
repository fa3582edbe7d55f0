# contextlib.ExitStack: enter_context, callback, push; exits run LIFO, an exception passes through them
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


def on_exit(exc_type, exc, tb):
    print("push saw", exc_type.__name__ if exc_type else None, exc)
    return False


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("a", "b")]
    stack.callback(print, "callback", "with", "args", sep="-")
    stack.push(on_exit)
    print("body", names)

try:
    with ExitStack() as stack:
        stack.enter_context(resource("c"))
        stack.push(on_exit)
        raise ValueError("boom")
except ValueError as error:
    print("caught", repr(error))


def swallow(exc_type, exc, tb):
    print("swallowing", repr(exc))
    return True


with ExitStack() as stack:
    stack.push(swallow)
    {}["missing"]
print("suppressed by push")

with ExitStack() as outer:
    outer.callback(print, "outer callback")
    with ExitStack() as inner:
        inner.callback(print, "moved callback")
        moved = inner.pop_all()
    print("inner closed, nothing ran")
    moved.close()


def failing():
    raise KeyError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(failing)
        raise ValueError("body")
except KeyError as error:
    print("replaced by", repr(error), "context", repr(error.__context__))

try:
    ExitStack().enter_context(42)
except TypeError as error:
    print(error)
