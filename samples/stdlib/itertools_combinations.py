# combinations and combinations_with_replacement (itertools)
from itertools import combinations, combinations_with_replacement

print(list(combinations([1, 2, 3, 4], 2)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations("ab", 3)))
