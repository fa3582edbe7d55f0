# set, frozenset and tuple method errors
s = {1, 2}
for f in [lambda: s.remove(5), lambda: set().pop(), lambda: s.add([1]), lambda: {[1, 2]}, lambda: s | [3],
          lambda: s - [1], lambda: frozenset([1]).add, lambda: (1, 2).index(5), lambda: (1, 2)[5], lambda: (1,) + [2],
          lambda: (1, 2, 3).index(3, 0, 2), lambda: hash(([1],)), lambda: {{1}}, lambda: s < [1], lambda: tuple(5),
          lambda: (1, 2).count(), lambda: frozenset([1]).remove(1)]:
    try:
        r = f()
        print(type(r).__name__ if callable(r) else r)
    except Exception as e:
        print(type(e).__name__, e)
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2), t * 2, t[::-1], t + (4,), (1,) * 0, hash((1, 2)) == hash((1, 2)))
print(s.union([3], (4,)), s.intersection("ab"), s.difference(), s.issubset([1, 2, 3]), s.isdisjoint({5}))
print(frozenset("aba") == {"a", "b"}, {1, 2} == frozenset([1, 2]), set() == frozenset())
