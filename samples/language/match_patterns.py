# match statement: literal, or, class (self-matching and __match_args__), guard, sequence with star, mapping with rest, wildcard
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(value):
    match value:
        case None:
            return "nothing"
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative {n}"
        case [first, *rest]:
            return f"list starting {first} then {rest}"
        case {"name": name, **others}:
            return f"named {name} {others}"
        case Point(0, y=yy):
            return f"on the y axis at {yy}"
        case Point(x, y):
            return f"point {x},{y}"
        case str() as s:
            return "text " + s
        case _:
            return "other"

for v in [None, 1, -5, [1, 2, 3], (), {"name": "a", "k": 1}, Point(0, 3), Point(1, 2), "hi", 2.5]:
    print(describe(v))
