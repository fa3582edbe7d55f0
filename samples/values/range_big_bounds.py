# range with bounds beyond 2**53: iteration, len, indexing, slicing, membership, index and repr stay exact
big = 10**20
r = range(big, big + 3)
print(list(r), len(r))
print(r[0], r[-1], r[1:], r[::2], r[::-1])
print(big + 1 in r, big + 5 in r, (big + 2) * 1 in r, r.index(big + 2), r.count(big))
print(repr(range(-big, big, big // 2)), list(range(-big, big, big // 2)))
print(len(range(0, 2**60, 2**7)), range(0, 2**60, 2**7)[-1])
for i in range(2**53 - 2, 2**53 + 2):
    print(i, i + 1)
print(sum(range(big, big + 1000)))
print(range(big, big + 3) == range(big, big + 3, 1), range(5)[1:3] == range(1, 3))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2**64)[2**63], 2**63 in range(2**64))
try:
    range(big)[big]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(big, big + 2))))
