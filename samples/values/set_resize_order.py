# growing a set past 3/5 full resizes its table, which changes the iteration order
s = set()
for n in [33, 1, 65, 97, 2, 40, 7, 130, 258, 12, 500, 3]:
    s.add(n)
    print(sorted(s) == sorted(list(s)), list(s))
