# CPython's TypeError messages for too many positional arguments, with and without defaults
def none():
    pass


def two(a, b):
    pass


def opt(a, b=1):
    pass


def kw(a, *, k=0):
    pass


for call in [lambda: none(1), lambda: two(1, 2, 3), lambda: opt(1, 2, 3, 4), lambda: kw(1, 2), lambda: kw(1, 2, k=3)]:
    try:
        call()
    except TypeError as error:
        print(error)
