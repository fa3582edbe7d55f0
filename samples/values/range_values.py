# range objects: repr, len, indexing, slicing, membership, reversed
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:3], list(r[::-1]), 11 in r, 12 in r, range(5), range(0), list(reversed(range(4))))
print(range(10).index(4), range(0, 10, 2).count(4), range(3) == range(0, 3, 1))
