# tuples of numbers hash deterministically, so sets of coordinates print in CPython's order
points = {(0, 0), (1, 2), (2, 1), (-1, -1), (3, 3)}
print(points)
print({(i, i * i) for i in range(6)})
