# chained assignment a = b = c = value: every target bound to the same object, evaluated left to right
a = b = c = 7
print(a, b, c)
xs = ys = []
xs.append("shared")
print(xs, ys, xs is ys)
d = {}
d["k"] = d["j"] = 0
print(d)
i = 0
items = [10, 20, 30]
i = items[i] = 1
print(i, items)
