# An empty Counter prints as Counter(); del of a missing key is not an error
from collections import Counter

c = Counter()
print(c, len(c), bool(c))
del c["nothing"]
c["x"] = 0
print(c)
