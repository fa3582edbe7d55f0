# comparisons and sorting among big ints, small ints and floats
vals = [2 ** 70, -(2 ** 70), 5, 2 ** 70 + 1, 1e21, -1e22, 0, 2 ** 64, 3.5]
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 70 > 2 ** 69, 2 ** 70 == 2 ** 70, 2 ** 70 != 2 ** 70 + 1)
print(-(2 ** 70) < 5 < 2 ** 70)
print(2 ** 100 in [2 ** 100], 2 ** 100 in {2 ** 100: 1})
print({2 ** 64: "a"}[2 ** 64])
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(2.0 ** 70) == hash(2 ** 70))
print(sorted([10 ** 20, 10 ** 19, 10 ** 21], reverse=True))
print(abs(-(2 ** 90)), -abs(2 ** 90))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
