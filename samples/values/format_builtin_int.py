# format() of ints with every type letter, sign, fill, grouping and alternate form
for n in [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 40]:
    print(n, [format(n, s) for s in ["", "d", "b", "o", "x", "X", "n", "c" if 0 <= n < 0x110000 else "d"]])
for s in ["+d", " d", "-d", "#b", "#o", "#x", "#X", "08d", "+08d", "<8d", ">8d", "^8d", "=8d", "*^9d", "0=8d", "_b", ",d", "_x", "#010x", "e", ".2f", "%", "g", "E", ".3G", "08,d"]:
    print(repr(s), repr(format(1234, s)), repr(format(-42, s)))
print(format(True, "d"), format(True, ""), format(False, "x"), format(True, ">5"))
print(format(5), format(5, ""), format(-5, "-"))
