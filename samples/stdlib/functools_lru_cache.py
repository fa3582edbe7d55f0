# lru_cache on a non-recursive function, with cache_info (functools.lru_cache)
from functools import lru_cache

@lru_cache(maxsize=2)
def slow_double(x):
    print("computing", x)
    return x * 2

for v in [1, 2, 1, 3, 1]:
    print(slow_double(v))
print(slow_double.cache_info())
slow_double.cache_clear()
print(slow_double.cache_info())
