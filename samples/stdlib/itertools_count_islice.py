# Infinite count sliced with islice (itertools.count, itertools.islice)
import itertools

print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(10, 5), 3)))
print(list(itertools.islice("abcdefgh", 2, None, 3)))
print(list(itertools.islice(range(100), 3, 8)))
