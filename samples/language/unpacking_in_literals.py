# * and ** unpacking inside list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, 0), [*"hi", *range(2)], {*a})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, "x": 0, **d1}, {"w": 0, **d1})
first, *rest = [*b, *a]
print(first, rest)
