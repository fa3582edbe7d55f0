# bytes methods: search, split, strip, case, replace, hex, and their results' types
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(b" "), b.strip(b" eHo"))
print(b.split(), b.split(b","), b.split(b"l", 2), b.rsplit(b"l", 2))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"abc def".capitalize())
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"W"), b.count(b"l"), b.count(b""))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.find(108), b"l" in b, 108 in b)
print(b"-".join([b"a", b"b", b"c"]), b", ".join((b"x",)))
print(b"abc".hex(), b"\x00\xff\x10".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"abc".center(9, b"*"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"42".zfill(5), b"-42".zfill(6))
print(b"a\tb".expandtabs(4), b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(True))
print(b"abc".isalpha(), b"123".isdigit(), b"abc123".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"Ab Cd".istitle())
print(b"a,b,c".partition(b","), b"a,b,c".rpartition(b","), b"abc".partition(b"x"))
print(b"prefix_body".removeprefix(b"prefix_"), b"body.txt".removesuffix(b".txt"))
print(b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
try:
    b.index(b"zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
