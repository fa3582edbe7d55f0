# int() parsing: bases, prefixes, underscores, whitespace, signs and error messages
good = [("42", 10), (" -42 ", 10), ("+7", 10), ("1_000", 10), ("0x1F", 16), ("1F", 16), ("0b101", 0),
        ("0o17", 0), ("0x_ff", 0), ("017", 8), ("z", 36), ("Z", 36), ("0", 0), ("00", 0), ("-0b1_1", 0),
        ("\t\n12\r ", 10), ("١٢٣", 10), ("1__0".replace("__", "_"), 10), ("+0x10", 16)]
for s, b in good:
    print(repr(s), b, int(s, b))
bad = [("", 10), ("x", 10), ("1.5", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("12", 2),
       ("08", 0), ("0b2", 0), ("- 1", 10), ("1 2", 10), ("++1", 10), ("9", 8), (" ", 10), ("0x1g", 0)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        print(int("1", b))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], (1,)]:
    try:
        print(int(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(int(5, 10))
except TypeError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int(b"12"), int(b" 7 "))
for v in [float("inf"), float("nan")]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int("ff", base=16), int())
try:
    print(int(x="ff"))
except TypeError as e:
    print(type(e).__name__, e)
