# sorted with key and reverse keeps equal elements in original order
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: -p[0]))
print(sorted(pairs, key=lambda p: p[1]))
lst = [3, 1, 2]
lst.sort(key=lambda x: -x)
print(lst)
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 3, -3, 3], key=abs, reverse=True))
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted("Banana apple Cherry".split()))
print(sorted([1.5, 1, True, 0.5, False]), sorted([3, 1, 2], reverse=1))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a", 0), (1, "a")]))
recs = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(recs, key=lambda r: r["v"], reverse=True)])
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
