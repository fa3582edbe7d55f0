# tuples: packing, count/index, concatenation, comparison, hashing as dict keys
t = 1, 2, 2, 3
print(t, t.count(2), t.index(3), t + (4,), t * 2, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), len(()))
print({(1, 2): "a"}[(1, 2)], tuple("ab"), tuple([1]), (1,) == tuple([1]))
