# round() with and without ndigits on ints and floats, including half cases
for v in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e16 + 1, -0.0]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2))
for n in [1234, 1250, 1350, -1250, 15, 25, -25, 2 ** 70 + 5 * 10 ** 5]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, -6), round(n, 2))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(165.0, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5e-8, 8), round(1.23456789e10, -5))
print(round(1e300, -300), round(1e-300, 300), round(5e-324, 400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(True), round(False, 3))
for v in [float("inf"), float("nan")]:
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    print(round("1.5"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(round(1.5, 1.0))
except TypeError as e:
    print(type(e).__name__, e)
