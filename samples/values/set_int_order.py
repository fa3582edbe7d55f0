# set iteration order follows CPython's hash table: small ints come out sorted by hash slot
print({2, 1, 3})
print({10, 5, 100, 7, 64, 8})
print({-1, -2, 0, 1, 2})
print(set([30, 20, 10, 9, 8]))
print(list({1000, 8, 16, 24}))
