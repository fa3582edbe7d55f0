# count() paired with zip and next() (itertools.count)
from itertools import count

ids = count(1)
for name in ["a", "b", "c"]:
    print(next(ids), name)
for i, ch in zip(count(100, -10), "xyz"):
    print(i, ch)
