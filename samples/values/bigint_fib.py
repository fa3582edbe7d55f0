# fib(300) with exact big integer additions
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007, a // 10 ** 50, a > 2 ** 200)
