# functools.cache memoizes without a size limit (functools.cache)
from functools import cache

calls = []

@cache
def square(n):
    calls.append(n)
    return n * n

print([square(i % 3) for i in range(7)])
print(calls)
print(square.cache_info())
