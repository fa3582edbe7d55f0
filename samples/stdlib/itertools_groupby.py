# groupby groups consecutive equal keys (itertools.groupby)
from itertools import groupby

for key, group in groupby("aaabbcaa"):
    print(key, list(group))
words = ["apple", "avocado", "banana", "cherry", "cranberry"]
for letter, ws in groupby(words, key=lambda w: w[0]):
    print(letter, list(ws))
