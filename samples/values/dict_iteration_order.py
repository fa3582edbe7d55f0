# dicts keep insertion order; deleting and re-adding moves a key to the end
d = {}
for k in [3, 1, 2]:
    d[k] = k * k
del d[1]
d[1] = 0
print(d, list(d), [k for k, v in d.items() if v])
d2 = {"b": 1, "a": 2}
print(sorted(d2), sorted(d2.items(), key=lambda kv: kv[1]), dict(sorted(d2.items())))
