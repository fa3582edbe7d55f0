# chained comparisons of mixed types, and the TypeError for unorderable pairs
print(1 < 2.5 < 3, 1 < 2 > 1.5, 0 == 0.0 == False, 1 == 1.0 != 2, 1 < 2 < 2)
print("a" < "b" <= "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 3) == (1, 3))
one = 1
print(one is not None is not False, 1 in [1] in [[1]], 3 > 2 in [True])
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, 0), ({1}, 1), (1.5, "x"), ({}, {}), (b"a", "a"), ([], None), ((1,), [1])]
for a, b in pairs:
    for op, f in [("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y), (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)]:
        try:
            print(repr(a), op, repr(b), f(a, b))
        except TypeError as e:
            print(type(e).__name__, e)
print(1 == "1", [1] == (1,), None == 0, "a" != b"a")
try:
    print(1 < 2 < "3")
except TypeError as e:
    print(type(e).__name__, e)
