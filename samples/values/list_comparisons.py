# lists and tuples compare lexicographically; mixed types raise TypeError
print([1, 2] < [1, 3], [1, 2] == [1, 2], [2] > [1, 9], [] < [0], (1, "a") < (1, "b"))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
