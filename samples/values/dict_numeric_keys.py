# 1, 1.0 and True are one dict key; the first key object is kept
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: 1, 1.0: 2}
print(d2, {0: "a", False: "b", 0.0: "c"}, {(1, 2): 1, (1.0, 2.0): 2})
