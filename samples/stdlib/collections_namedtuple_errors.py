# namedtuple argument and field-name errors (collections.namedtuple)
from collections import namedtuple

P = namedtuple("P", "x y")
for args in [(1,), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)
for fields in ["a a", "a _b", "a def"]:
    try:
        namedtuple("X", fields)
    except ValueError as e:
        print("ValueError:", e)
