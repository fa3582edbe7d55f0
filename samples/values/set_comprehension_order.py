# a set comprehension inserts one element at a time, like a loop of add()
print({x % 7 for x in range(50)})
print({x * x for x in range(-4, 5)})
print({n for n in [64, 32, 16, 8, 4, 2, 1]})
