# enumerate with start, zip of unequal lengths, unpacking into pairs
names = ["a", "b", "c"]
print(list(enumerate(names, 1)), list(zip(names, [1, 2])), dict(zip(names, range(3))), list(zip(*[(1, 2), (3, 4)])))
