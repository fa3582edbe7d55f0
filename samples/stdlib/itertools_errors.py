# itertools argument errors (islice, permutations, product)
import itertools

for f in [lambda: itertools.islice("abc", -1), lambda: itertools.permutations([1], -1),
          lambda: itertools.product([1], repeat=-1), lambda: itertools.islice("a", 0, 2, 0)]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
