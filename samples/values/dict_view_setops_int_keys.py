# dict views in set operations with int keys (stable hashes): CPython's table order; reversed views
d = {10: 0, 3: 1, 77: 2, 5: 3, 1000: 4, 8: 5, 33: 6}
print(d.keys() & {3, 5, 99}, d.keys() | {64, 1}, d.keys() - {3}, d.items() & {(3, 1)})
print({64, 2, 9} | d.keys(), d.keys() ^ {3, 128, 9}, {1, 3} & d.keys(), [1, 2] | d.keys())
print(d.keys() & d.keys(), {3: 0}.keys() & d.keys(), d.keys() == {10, 3, 77, 5, 1000, 8, 33}, d.items() == d.items())
print(type(reversed(d.keys())).__name__, list(reversed(d.keys())), type(reversed((1,))).__name__, type(reversed("ab")).__name__)
try:
    d.keys() & 5
except TypeError as e:
    print(e)
