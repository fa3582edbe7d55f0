# bytearray shares the bytes methods, returning bytearrays; compares with bytes; constructor forms
ba = bytearray(b"  Hello, World  ")
print(ba.strip(), ba.upper(), ba.split(), ba.strip().split(b", "), ba.partition(b","), ba.replace(b"l", b"L"))
print(ba.find(b"World"), ba.count(b"l"), ba.startswith(b"  H"), ba.decode(), ba.hex(), b"-".join([ba.strip(), b"x"]))
print(bytearray(b"-").join([b"a", bytearray(b"b")]), ba.center(20, b"*"), bytearray(b"%d-%s") % (5, b"x"))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") < b"abd", bytearray(b"b") > bytearray(b"a"))
print(b"a" in bytearray(b"cab"), 97 in bytearray(b"a"), list(bytearray(b"hi")), bytes(bytearray(b"hi")), bytearray(b"x") + bytearray(b"y"))
print(type(bytearray(b"a")[0:1]).__name__, type(bytearray(b"a").strip()).__name__, type(b"a" + bytearray(b"b")).__name__, type(bytes(bytearray())).__name__)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("héllo", "utf-8"), bytearray(b"\x00\xff\n'"), bytearray(range(65, 70)))
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), type(bytearray()), str(bytearray(b"q")), repr(bytearray(b'"')))
for args in [(-1,), ("abc",), (b"x", "utf-8"), ([1, "a"],), (1.5,), (None,)]:
    try:
        print(bytearray(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
