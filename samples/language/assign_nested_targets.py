# nested unpacking targets: tuples inside lists, starred inside nested, in for loops too
(a, (b, c)), [d, e] = (1, (2, 3)), "xy"
print(a, b, c, d, e)
[p, [q, *r]] = [0, [1, 2, 3]]
print(p, q, r)
for index, (key, value) in enumerate([("a", 1), ("b", 2)]):
    print(index, key, value)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z)
