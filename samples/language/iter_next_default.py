# iter() and next(): defaults, exhausted iterators, iter() of iterators returns them, iter with a sentinel
numbers = iter([1, 2])
print(next(numbers), next(numbers), next(numbers, None), next(numbers, "again"))
it = iter("ab")
print(iter(it) is it, list(it), list(it))
try:
    next(iter(()))
except StopIteration as error:
    print("StopIteration", repr(error))
try:
    iter(5)
except TypeError as error:
    print(error)
try:
    next([1])
except TypeError as error:
    print(error)
values = [3, 2, 1, 0, 5]
pos = iter(values)
print(list(iter(lambda: next(pos), 0)))
