# takewhile, dropwhile and filterfalse (itertools)
from itertools import takewhile, dropwhile, filterfalse

nums = [1, 4, 6, 4, 1]
print(list(takewhile(lambda x: x < 5, nums)))
print(list(dropwhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, range(10))))
