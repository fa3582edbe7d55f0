# min/max/sum with key, default and start
words = ["pear", "fig", "banana"]
print(min(words), max(words, key=len), min([], default="none"), sum([1, 2, 3], 10), sum([0.1] * 10), max(3, 1, 2), min((2, "b"), (1, "z")))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
