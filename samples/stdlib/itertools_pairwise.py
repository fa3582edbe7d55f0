# Consecutive pairs with pairwise (itertools.pairwise)
from itertools import pairwise

print(list(pairwise([1, 4, 9, 16])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(pairwise("a")))
