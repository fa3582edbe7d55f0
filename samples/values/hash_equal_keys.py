# 1, 1.0 and True are one dict key (first key kept, last value wins); hash equality across types
d = {1: "a", 1.0: "b", True: "c"}
print(d, len(d))
d2 = {True: "c", 1: "a", 1.0: "b"}
print(d2)
d3 = {0: "zero", False: "f", 0.0: "z", -0.0: "nz"}
print(d3)
print({1.0: 1, 1: 2}, {2.0: "x"}[2], {2: "y"}[2.0], {True: 1}[1])
print({1, 1.0, True}, {True, 1, 1.0}, {0.0, 0, False}, {1.5, 3 / 2})
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)) if False else hash(1.5) == hash(3 / 2), hash(-1), hash(-2))
print(hash(0.5), hash(-0.5), hash(1e100) == hash(10 ** 100), hash(float("inf")), hash(float("-inf")))
s = set()
s.add(1)
s.add(1.0)
s.add(True)
print(s, 1.0 in {1}, True in {1: 0}, 2.0 in [2], [1, 1.0, True].count(True), (1, 2.0) == (1.0, 2))
d = {}
d[1] = "int"
d[1.0] = "float"
print(d, list(d.keys()), type(list(d)[0]).__name__)
print({"a": 1} == {"a": 1.0}, {(1, 2): 0} == {(1.0, 2.0): 0}, [0.0] == [False])
