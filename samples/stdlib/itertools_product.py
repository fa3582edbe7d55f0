# Cartesian products with repeat (itertools.product)
from itertools import product

print(list(product("ab", [1, 2])))
print(["".join(p) for p in product("01", repeat=3)])
print(len(list(product(range(3), range(4), range(2)))))
