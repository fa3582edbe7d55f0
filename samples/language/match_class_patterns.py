# match class patterns: builtin types, keyword sub-patterns, positional via __match_args__, nested
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle():
            return "some circle"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case int() | float() as number:
            return f"number {number}"
        case str(text):
            return f"text {text!r}"
        case _:
            return "unknown"


for shape in [Circle(Point(0, 0), 2), Circle(Point(5, 1), 20), Circle(Point(1, 1), 1), Point(0, 0), Point(3, 3), Point(1, 2), 4, 2.5, "s", None]:
    print(describe(shape))
