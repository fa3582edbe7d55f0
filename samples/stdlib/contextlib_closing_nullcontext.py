# contextlib.closing calls close() at the end; nullcontext gives back its argument and does nothing
from contextlib import closing, nullcontext, suppress


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Connection("db")) as conn:
    print("using", conn.name)

try:
    with closing(Connection("cache")):
        raise OSError("lost")
except OSError as error:
    print("error after close:", error)


def process(data, lock=None):
    manager = lock if lock is not None else nullcontext()
    with manager as held:
        print("held", held, "data", data)


process([1, 2])
with nullcontext(42) as value:
    print("value", value)
with nullcontext():
    print("nothing entered")

with suppress(ZeroDivisionError):
    print(1 / 0)
    print("not reached")
with suppress():
    print("suppress with no types")
print("end")
