# strings compare by code point
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", sorted(["b", "A", "a", "B", "é"]), max("hello"), min("hello"))
