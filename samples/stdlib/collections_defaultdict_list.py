# defaultdict(list) groups values by key (collections.defaultdict)
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups))
print(groups["z"], len(groups))
