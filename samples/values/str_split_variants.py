# split, rsplit and splitlines with maxsplit, separators and keepends
s = "  a  b c   d  "
print(s.split(), s.split(None, 1), s.split(None, 2), s.rsplit(None, 1), s.rsplit(None, 2))
print(s.split(" "), s.split(" ", 3), s.rsplit(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1), "a,b,,c,".split(",", 0))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "abc".split("abc"))
print("x\ny\r\nz\rw\x0bv\x0cu\x1ct\x85s\u2028r".splitlines())
print("x\ny\r\nz\r".splitlines(True), "".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(keepends=True))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a-b-c".split(sep="-", maxsplit=-1))
print("a\tb\nc\u3000d".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
