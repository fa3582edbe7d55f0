# CPython's TypeError messages for missing arguments: one, two, three, keyword-only
def one(a, b):
    pass


def three(a, b, c):
    pass


def kwonly(*, key, other):
    pass


for call in [lambda: one(1), lambda: one(), lambda: three(), lambda: kwonly(), lambda: kwonly(key=1)]:
    try:
        call()
    except TypeError as error:
        print(error)
