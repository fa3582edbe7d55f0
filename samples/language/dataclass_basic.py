# @dataclass: generated __init__, __repr__ and __eq__ from annotated fields, with defaults
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"


a = Point(1, 2)
b = Point(1, y=2)
print(a, Point(5), Point(x=3, label="q"))
print(a == b, a == Point(2, 1), a.x + a.y)
a.x = 10
print(a)
