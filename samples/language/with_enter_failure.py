# if __enter__ of the second manager raises, only the first manager is exited
class Good:
    def __enter__(self):
        print("good enter")
        return self

    def __exit__(self, *exc):
        print("good exit", exc[0].__name__)


class Bad:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *exc):
        print("never")


try:
    with Good(), Bad():
        print("never")
except OSError as error:
    print("caught", error)
