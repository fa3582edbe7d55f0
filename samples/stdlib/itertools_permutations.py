# Permutations of a sequence, full and partial (itertools.permutations)
from itertools import permutations

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(len(list(permutations(range(5)))))
