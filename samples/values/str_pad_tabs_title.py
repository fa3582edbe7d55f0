# expandtabs, title with apostrophes, zfill with sign, center with odd padding, capitalize
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("ab\ncd\te".expandtabs(3)), repr("1234567\t8".expandtabs()))
print("they're bill's friends".title(), "hello world-wide web".title(), "3rd place".title(), "ÉCOLE élève".title())
print("hello WORLD".capitalize(), "éCOLE".capitalize(), "ß is sharp".capitalize(), "ǆemal".title())
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "-".zfill(3), "".zfill(2), "12345".zfill(3))
print(repr("ab".center(5)), repr("abc".center(6)), repr("abc".center(6, "*")), repr("a".center(4, "-")), repr("ab".center(1)))
print(repr("x".ljust(3, "é")), repr("x".rjust(4, "0")), repr("xyz".ljust(2)))
print("hello world".swapcase(), "ǅ".swapcase(), "İ".lower(), len("İ".lower()))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
