# divmod, abs and bool-as-int arithmetic: result types and values
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.0, 2), (True, 2), (10 ** 20, 7), (-1, 10 ** 20)]:
    q, r = divmod(a, b)
    print(a, b, q, r, type(q).__name__, type(r).__name__, q * b + r == a)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(False), abs(-(2 ** 63)), type(abs(True)).__name__)
print(True + True, True * 10, True / 2, -True, ~True, True << 3, True & 1, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(True | False).__name__, type(~False).__name__)
print(sum([True, True, False]), max(True, 0.5), min(False, -0.0), True == 1, False == 0.0)
print(int(True), float(False), str(True), repr(False), bool(-1), bool(0.0), bool(""), bool("0"))
print([10, 20][True], "ab"[False], 3 ** True, True ** -1, 2 ** False)
print(isinstance(True, int), issubclass(bool, int), True.real, (5).imag, (7).numerator, (7).denominator)
print(hash(True), True.bit_length(), (-9).bit_length(), True.__class__.__name__)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
