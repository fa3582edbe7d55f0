# dict errors: KeyError shows the repr of the key; pop/popitem/update/fromkeys messages
def del_missing():
    x = {}
    del x["k"]
d = {"a": 1, 2: "b", (1, 2): [3]}
for key in ["missing", 5, (1, 3), "it's", 1.5, None, ("x",), frozenset()]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
for f in [lambda: {}.popitem(), lambda: d.pop("zz"), lambda: d[[1]], lambda: {[1]: 2}, lambda: d.update([1]),
          lambda: d.update([(1, 2, 3)]), lambda: dict([("a",)]), lambda: dict(1), lambda: d.get(), lambda: {}.setdefault({}, 1),
          lambda: d | [1], lambda: {1: 2} < {1: 2}, lambda: del_missing()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(d.pop("zz", "default"), d.get("zz"), d.setdefault("new", []), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)], c=3))
print(d.popitem(), d)
