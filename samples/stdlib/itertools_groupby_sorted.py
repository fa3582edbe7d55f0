# groupby after sorting, counting group sizes (itertools.groupby)
from itertools import groupby

data = [("b", 2), ("a", 1), ("b", 5), ("a", 3), ("c", 0)]
data.sort(key=lambda t: t[0])
for k, g in groupby(data, key=lambda t: t[0]):
    items = list(g)
    print(k, len(items), sum(v for _, v in items))
