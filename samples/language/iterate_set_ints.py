# iterating sets of small ints (in hash order, which equals value order here) and sorted() of a set
evens = {0, 2, 4, 6}
for n in evens:
    print(n)
print(sorted({5, 1, 3}), len(evens), 4 in evens, 5 in evens)
total = 0
for n in frozenset([1, 2, 3]):
    total += n
print(total)
