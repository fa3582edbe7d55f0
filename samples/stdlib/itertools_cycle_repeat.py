# cycle and repeat (itertools.cycle, itertools.repeat)
from itertools import cycle, repeat, islice

print(list(islice(cycle("AB"), 5)))
print(list(repeat("x", 3)))
print(list(map(pow, range(5), repeat(2))))
