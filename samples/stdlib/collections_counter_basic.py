# Counter counts characters and prints like CPython (collections.Counter, most_common)
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(3))
print(c["a"], c["zzz"])
print(len(c), sum(c.values()))
