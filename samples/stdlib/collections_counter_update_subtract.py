# Counter.update and Counter.subtract with iterables, mappings and keywords
from collections import Counter

c = Counter(a=3, b=1)
c.update("aab")
print(c)
c.update({"c": 5})
print(c)
c.subtract(a=10)
print(c)
c.subtract(["b", "b", "b"])
print(c)
