# subset/superset/disjoint tests and comparison operators on sets
a, b = {1, 2}, {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a == {2, 1})
print(a.issubset([1, 2, 5]), b.issuperset((3,)), a.isdisjoint({3, 4}))
print({1} != {1.0}, set() == frozenset())
