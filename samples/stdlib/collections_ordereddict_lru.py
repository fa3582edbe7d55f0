# An LRU cache built on OrderedDict (collections.OrderedDict move_to_end, popitem)
from collections import OrderedDict

cache = OrderedDict()
def get(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    value = key * 10
    cache[key] = value
    if len(cache) > 3:
        cache.popitem(last=False)
    return value

for k in [1, 2, 3, 1, 4, 2, 5]:
    get(k)
    print(list(cache.keys()))
