# __exit__ returning True suppresses the exception; the with statement then continues after the block
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False


with Suppress(KeyError, IndexError):
    [][1]
    print("never")
print("continued")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as error:
    print("not suppressed:", error)
