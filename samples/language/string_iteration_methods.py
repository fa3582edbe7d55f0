# iteration helpers over strings: splitlines, split, enumerate over characters, zip of two strings
text = "one two\nthree\n\nfour"
for number, line in enumerate(text.splitlines()):
    print(number, repr(line))
for left, right in zip("abc", "xyz"):
    print(left + right, end=" ")
print()
print([w for w in text.split() if len(w) > 3], sum(1 for c in text if c == "o"))
