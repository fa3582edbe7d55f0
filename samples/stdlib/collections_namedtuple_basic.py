# namedtuple fields, indexing and printing (collections.namedtuple)
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p)
print(p.x, p.y, p[0], p[1])
x, y = p
print(x + y, len(p))
