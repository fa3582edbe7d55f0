# dict views are live and support set operations
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, i, len(k), "a" in k, ("a", 1) in i)
print(k & {"a", "z"}, sorted(k - {"a"}), sorted(k | {"q"}), sorted(i - {("a", 1)}))
