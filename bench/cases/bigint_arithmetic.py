# Exact big integers: a long Fibonacci, a factorial and their digit counts.
import math


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


f = fib(20_000)
print(len(str(f)), f % 1_000_000_007)
print(len(str(math.factorial(1_000))))
