# repr of containers holding every builtin type, empty containers and nesting
print([], (), {}, set(), frozenset(), [[]], ((),), [()], (1,), ((1,),))
print([1, 1.0, "1", b"1", None, True, (1,), [1], {1}, {1: 1}, frozenset({1}), range(3), 1e100, -0.0])
print({"k": [1, {"n": (2, 3.5)}], 2: {3, 4}, (1, "a"): None, None: b"\x00", 1.5: frozenset()})
print(set([1.5]), {(1, 2)}, frozenset(["a"]), {frozenset([1])}, [set(), frozenset()])
print(str([1, "a"]), repr(("a",)), str({"a": "b'c"}), [range(0), range(1, 10, 2), range(-5)])
print(list(range(3)), tuple("ab"), dict.fromkeys("ab", 0), {}.keys(), {1: 2}.values(), {1: 2}.items())
print(reversed.__name__, list(reversed([1, 2])), list(enumerate("ab", 5)), list(zip("ab", [1, 2], (3, 4))))
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
t = (a, d)
print(a, d, t, [d, d])
s = {"x": [d]}
print(s)
