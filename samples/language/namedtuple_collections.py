# collections.namedtuple: created from a string of names, with defaults and _make
from collections import namedtuple

Point = namedtuple("Point", "x y")
Pixel = namedtuple("Pixel", ["x", "y", "color"], defaults=["black"])
p = Point(1, 2)
print(p, p.x + p.y, Point._make([5, 6]), Pixel(0, 0), Pixel(1, 1, "red")._asdict())
print(p._replace(y=9), tuple(p), p == (1, 2))
