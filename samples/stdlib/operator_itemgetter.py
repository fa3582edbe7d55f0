# Sorting records with itemgetter (operator.itemgetter)
from operator import itemgetter

rows = [("bob", 25), ("ann", 31), ("cid", 25)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
get = itemgetter(0, 2)
print(get("abc"), itemgetter("k")({"k": "v"}))
