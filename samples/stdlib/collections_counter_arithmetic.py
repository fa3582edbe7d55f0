# Counter multiset arithmetic: + - & keep only positive counts (collections.Counter)
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a & b)
print(+a)
print(-a)
