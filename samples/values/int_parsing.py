# int() parses strings with bases, underscores and whitespace; bad input raises ValueError
print(int("42"), int("  -17 "), int("1_000"), int("ff", 16), int("0x1F", 16), int("0b101", 0), int("777", 8), int("z", 36), int(3.99), int(-3.99), int(True))
for bad in ["", "4.5", "1__0", "abc", " ", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
