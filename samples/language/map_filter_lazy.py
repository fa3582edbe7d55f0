# map and filter are lazy and single-pass; filter(None, ...) keeps truthy items
def loud(x):
    print("mapping", x)
    return x * 10


m = map(loud, [1, 2, 3])
print("created map", type(m).__name__)
print(next(m))
print(list(m), list(m))
f = filter(lambda x: x % 2, range(6))
print(type(f).__name__, list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(map(pow, [2, 3], [3, 2])))
