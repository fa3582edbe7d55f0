# astral characters: len, indexing, ord/chr, repr, iteration, escapes
s = "x😀y👍🏽z🇫🇷"
print(len(s), [c for c in s], [hex(ord(c)) for c in s])
print(s[1], s[3:5], s[-2:], s.upper(), s.count("😀"))
print(chr(0x1F600), ord("😀"), chr(0x10FFFF) == "\U0010ffff", repr(chr(0x10FFFF)), repr("\U0001f600"))
print(repr("\u200b"), repr("\x00\x07\x1b"), ascii("😀é"), repr("é\u0301"))
print(len("é"), len("e\u0301"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print(sorted("b😀aé"), max("a😀"), min("😀ÿ"), "😀" > "\uffff")
print(list(reversed("a😀b")), "".join(reversed("a😀b")), "😀" * 3, "-".join("😀😀"))
print(s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
for v in [-1, 0x110000]:
    try:
        print(chr(v))
    except ValueError as e:
        print(type(e).__name__, e)
for v in ["ab", "", 5]:
    try:
        print(ord(v))
    except TypeError as e:
        print(type(e).__name__, e)
