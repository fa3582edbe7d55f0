# set() from a dict presizes its table; from a range it adds one element at a time
d = {k: None for k in [40, 3, 17, 9, 64, 1]}
print(set(d), set(range(20, 0, -3)), frozenset(range(10, 0, -1)))
