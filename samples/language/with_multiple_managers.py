# several managers in one with: entered left to right, exited right to left, even on an exception
class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is not None)


with Step("a") as a, Step("b") as b, Step("c"):
    print("body", a, b)
try:
    with Step("x"), Step("y"):
        raise RuntimeError("fail")
except RuntimeError:
    print("caught")
with (Step("p") as p,
      Step("q") as q):
    print(p + q)
