# Counter.elements repeats each key by its count, in insertion order
from collections import Counter

c = Counter(x=2, y=0, z=3)
print(list(c.elements()))
print(sorted(Counter("mississippi").elements()))
