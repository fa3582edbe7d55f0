# dict insertion order across update, delete and reinsert; view ops; comparison
d = dict(b=1, a=2)
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.values()))
del d["b"]
d["b"] = 20
print(d)
d.update({"a": 0, "z": 26}, y=25)
d.update([("q", 1)])
print(d)
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({3: 4, 1: 2}))
print(d.pop("a"), d.popitem(), d.setdefault("a", "again"), list(d)[-1], len(d))
x = {"k": 1}
print(x | {"j": 2}, {"j": 2} | x, x.copy() == x, x.copy() is x, "k" in x, 1 in x, "k" in x.keys(), 1 in x.values())
print(list(reversed({1: 0, 2: 0, 3: 0})))
