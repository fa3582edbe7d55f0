# three-argument pow, negative exponents and big results
print(pow(2, 100, 10 ** 9 + 7))
print(pow(3, 10 ** 18, 1000))
print(pow(-2, 101, 97), pow(2, 101, -97))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(2 ** 100, 2 ** 50, 2 ** 61 - 1))
print(pow(7, 0, 1), pow(0, 0), 0 ** 0)
print(2 ** -1, 2 ** -10, (-2) ** -3)
print(10 ** 20, 10 ** -20)
print((-3) ** 41)
print(pow(2, 0.5), pow(8, 1 / 3), pow(-8.0, 3), pow(-2, 0.0))
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
