# CPython's TypeError messages for wrong keywords: unexpected, given twice, positional-only by name
def f(a, b=0):
    pass


def g(a, /, b):
    pass


for call in [lambda: f(1, c=2), lambda: f(1, a=2), lambda: g(a=1, b=2), lambda: f(**{"a": 1, "zz": 2})]:
    try:
        call()
    except TypeError as error:
        print(error)
