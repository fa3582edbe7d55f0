# float() parsing: spellings of inf/nan, exponents, underscores, whitespace, errors
good = ["1", " 1.5 ", "-.5", "+5.", "1e3", "1E-3", "1_000.5", "inf", "-Infinity", "nAn", "+inf", "-nan",
        "1e400", "-1e400", "1e-400", "0x10".replace("0x", ""), "\n3.25\t", "0.1", "4.9e-324", "2.5e-324",
        "1_2.3_4e1_0", "١.٥"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "x", "1.5.2", "1e", "e5", "1_", "_1", "1__0", "in", "infinit", "0x10", "1,5", "- 1", "nan nan", "1e5.0"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], "1j"]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(True), float(7), float(-0), float("-0"), float(b"2.5"))
try:
    print(float(2 ** 2000))
except OverflowError as e:
    print(type(e).__name__, e)
