# generator expressions as the sole argument, passed to sum/min/max/any/all/sorted/str.join/tuple
data = [4, -2, 7, 0]
print(sum(x * x for x in data), min(abs(x) for x in data), max((x for x in data), default=None))
print(any(x < 0 for x in data), all(x < 10 for x in data), sorted((x for x in data), reverse=True))
print(",".join(str(x) for x in data), tuple(x + 1 for x in data), max((x for x in []), default="empty"))
print(list(x for x in range(3)), set(x % 2 for x in data), dict((x, x) for x in range(2)))
