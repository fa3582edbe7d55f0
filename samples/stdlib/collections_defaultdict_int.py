# defaultdict(int) as a counter, and a lambda factory (collections.defaultdict)
from collections import defaultdict

counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
d = defaultdict(lambda: "n/a")
d["k"] = "v"
print(d["k"], d["missing"], sorted(d.keys()))
