# frozenset: hashable, usable as a dict key or set member, equal to a set with the same items
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f)
print(f == {1, 2, 3}, f | {9}, {9} | f)
d = {f: "x", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(hash(frozenset({1, 2, 3})), hash(frozenset()))
print({frozenset({1}), frozenset({1, 2})})
