# match sequence patterns: fixed length, star in the middle, nested, str is not a sequence here
def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} inside)"
        case [(a, b), *_]:
            return f"starts with pair {a},{b}"
        case [_, _, *rest]:
            return f"rest {rest}"
        case _:
            return "not a sequence"


for value in [[], [1], (1, 2), [1, 2, 3, 4, 5, 6], [(7, 8), 9, 10], [1, 2, 3], "ab", 5]:
    print(value, "->", shape(value))
