# returning nothing is None, several values make a tuple, early returns inside loops
def nothing():
    return


def falls_off():
    x = 1


def many():
    return 1, "two", [3]


def first_negative(values):
    for v in values:
        if v < 0:
            return v


print(nothing(), falls_off(), many(), type(many()).__name__)
a, b, c = many()
print(a, b, c, first_negative([3, -1, -2]), first_negative([1]))
