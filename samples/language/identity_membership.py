# is / is not / in / not in on lists, strings, dicts, and membership via __eq__
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 not in a, "ell" in "hello", "x" in {"x": 1}, 1 in {"x": 1})
print((1, 2) in [(1, 2), (3, 4)], 1.0 in [1], True in [1], [] in [[]])
print("" in "abc", 5 in range(0, 10, 5), 7 in range(0, 10, 5))
