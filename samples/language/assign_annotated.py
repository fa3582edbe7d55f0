# annotated assignments and annotated names without a value
count: int = 3
ratio: float = 0.5
names: list[str] = ["a", "b"]
table: dict[str, int] = {"x": 1}
pending: int
pending = count * 2
print(count, ratio, names, table, pending)


def scale(value: float, factor: int = 2) -> float:
    result: float = value * factor
    return result


print(scale(1.5), scale(2, factor=3))
