# lambdas: as sort keys, with defaults and *args, immediately called, returning lambdas, in a dict
people = [("bo", 31), ("al", 25), ("cy", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
add = lambda a, b=10, *rest: a + b + sum(rest)
print(add(1), add(1, 2), add(1, 2, 3, 4))
print((lambda x: x * 3)("ab"))
make_multiplier = lambda n: lambda x: x * n
triple = make_multiplier(3)
print(triple(5), make_multiplier(2)(8))
table = {"inc": lambda x: x + 1, "neg": lambda x: -x}
print([table[name](4) for name in ["inc", "neg"]])
print((lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
