# Counting words in a text with Counter and most_common (collections.Counter)
from collections import Counter

text = "the cat and the hat and the bat"
counts = Counter(text.split())
for word, n in counts.most_common():
    print(word, n)
print(counts.total())
