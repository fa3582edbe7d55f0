# in / not in for lists, tuples, strings, dicts
print(2 in [1, 2], 3 not in (1, 2), "ell" in "hello", "a" in {"a": 1}, 1 in {"a": 1}.values(), [1] in [[1], [2]])
