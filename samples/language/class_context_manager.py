# a class with __enter__/__exit__: the as-value is what __enter__ returns, __exit__ sees the exception
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        print("close", self.name, exc_type.__name__ if exc_type else None, exc_value)
        return False


with Resource("a") as handle:
    print("using", handle)
try:
    with Resource("b"):
        raise KeyError("boom")
except KeyError as error:
    print("propagated", repr(error))
