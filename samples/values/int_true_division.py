# int / int is correctly rounded true division, even for huge operands
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5, 6 / 3)
print(10 ** 30 / 10 ** 15, (10 ** 30 + 1) / 10 ** 15, 2 ** 1000 / 2 ** 999, (2 ** 53 + 1) / 1)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076, 10 ** 400 // 10 ** 390 / 7)
print((2 ** 1024 - 1) / 2, 12345678901234567890123 / 1000)
print(9007199254740993 / 1, 9007199254740995 / 1, -(2 ** 80 + 1) / 3)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 2000 / 2 ** 1990, 1 / 10 ** 400, -1 / 10 ** 400)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 30 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(True / 2, 7 / True, 1 / 1.0)
