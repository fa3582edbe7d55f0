# sort with key and reverse is stable; sorted leaves the input alone
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words, sorted("hello"), sorted([3, 1, 2], reverse=True))
