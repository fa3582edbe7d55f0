# union, intersection, difference and symmetric difference build their results as CPython does
a = {1, 2, 3, 4, 5, 40, 72}
b = {4, 5, 6, 7, 8, 72, 136}
print(a | b)
print(a & b)
print(a - b, b - a)
print(a ^ b)
print(a.union([100, 9]), a.intersection(range(3, 50)), a.difference([1], [2]))
