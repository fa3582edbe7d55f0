# list methods: extend with any iterable, insert positions, reverse, copy, clear, slice deletion, count with equality
lst = [1, 2, 3]
lst.extend("ab")
lst.extend(range(2))
lst.extend({9: 0})
lst.extend((x * x for x in [4]))
print(lst)
lst.insert(0, "h")
lst.insert(-1, "n")
lst.insert(2, "t")
print(lst)
c = lst.copy()
lst.reverse()
print(lst, c is lst, c == lst[::-1])
print([1, 1.0, True, "1"].count(1), [[1], [1]].count([1]), [0.1 + 0.2].count(0.3), [float("nan")].count(float("nan")))
nan = float("nan")
print([nan].count(nan), nan in [nan], [nan] == [nan], (nan,) == (nan,), nan == nan)
lst.clear()
print(lst, c.pop(0), c.pop(), c)
del c[1:3]
print(c)
c[1:1] = ["x", "y"]
c[::2] = [0] * len(c[::2])
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
print([3, 1, 2].sort(), sorted([3, 1, 2]), list(reversed(range(3))), [1, 2] * 2, 2 * [0], [1, 2] + [3])
x = [5, 6]
x[5:] = [7]
x[-10:0] = [4]
print(x, x.index(7), x[-1], len(x))
