# type annotations: parameters, defaults, Optional, X | None, list/dict generics, methods, -> None
from typing import Optional


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


def total(values: list[int], start: int = 0) -> int:
    result = start
    for v in values:
        result += v
    return result


def label(name: str, count: Optional[int] = None) -> str:
    if count is None:
        return name
    return f"{name} x{count}"


def lookup(table: dict[str, float], key: str) -> float | None:
    return table.get(key)


print(total([1, 2, 3]), total([4], start=10), label("a"), label("b", 3))
print(Point(3, 4).norm2(), lookup({"pi": 3.14}, "pi"), lookup({}, "e"))
