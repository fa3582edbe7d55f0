# A namedtuple is a tuple: equality, hashing, sorting (collections.namedtuple)
from collections import namedtuple

P = namedtuple("P", "a b")
print(P(1, 2) == (1, 2), hash(P(1, 2)) == hash((1, 2)))
print(isinstance(P(1, 2), tuple))
pts = sorted([P(2, 1), P(1, 5), P(1, 2)])
print([tuple(p) for p in pts])
