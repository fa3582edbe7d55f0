# floor division and modulo of negative big ints follow floor semantics
a = -(10 ** 30) - 7
b = 10 ** 12 + 3
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b))
print(divmod(a, -b))
print(a // 7, a % 7)
print(a // -7, a % -7)
print(7 // a, 7 % a)
print(-7 // a, -7 % a)
print((2 ** 64) // -1, (2 ** 64) % -1)
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
print(-(2 ** 53) - 1, -(2 ** 53) - 1 + 2)
print((2 ** 53 + 1) - 2 ** 53)
try:
    print(a // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(a % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
