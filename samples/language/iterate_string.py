# iterating a str yields one-character strings, including non-ASCII characters
for ch in "héllo":
    print(ch, ord(ch))
word = "a😀b"
print(len(word), [c for c in word], list(reversed(word)))
print("".join(c.upper() for c in "abc" if c != "b"))
