# chained comparisons: each operand evaluated once, short-circuit at the first false link
def v(label, value):
    print("eval", label)
    return value


print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 < 2)
print(v("a", 1) < v("b", 5) < v("c", 3))
print(v("d", 5) < v("e", 1) < v("f", 3))
x = 5
print(0 <= x < 10, 0 < x == 5 != 4, "a" < "b" <= "b" < "c")
print(1 < 2 > 0 in [0] not in [[1]], None is None is not False)
