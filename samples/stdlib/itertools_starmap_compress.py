# starmap and compress (itertools.starmap, itertools.compress)
from itertools import starmap, compress

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
