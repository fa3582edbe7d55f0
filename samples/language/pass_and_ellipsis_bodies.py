# pass in functions, classes, loops and branches; a body of only a docstring
def nothing():
    pass


def documented():
    """Only a docstring."""


class Empty:
    pass


for _ in range(2):
    pass
if True:
    pass
else:
    print("never")
print(nothing(), documented(), type(Empty()).__name__)
