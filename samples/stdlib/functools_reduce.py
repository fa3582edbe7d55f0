# reduce folds a sequence (functools.reduce with and without an initial value)
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
