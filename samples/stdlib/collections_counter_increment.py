# Incrementing missing Counter keys starts from 0 (collections.Counter __missing__)
from collections import Counter

votes = Counter()
for name in ["ann", "bob", "ann", "cid", "ann", "bob"]:
    votes[name] += 1
print(votes)
print(votes.most_common(1)[0])
print("dan" in votes, votes["dan"], "dan" in votes)
