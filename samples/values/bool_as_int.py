# bool is a subclass of int: it does arithmetic as 0 and 1
print(True + True, True * 10, False - 1, sum([True, True, False]), True / 2, -True, ~True)
print(isinstance(True, int), True == 1, hash(True) == hash(1), {True: "a", 1: "b"}, [1, 2][True])
