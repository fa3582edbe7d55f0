# factorial(50), products and quotients of big ints
import math
print(math.factorial(50))
f = 1
for i in range(1, 51):
    f *= i
print(f == math.factorial(50))
print(f // math.factorial(48))
print(f % 1000000007)
print(2 ** 200 // 3 ** 50)
print(2 ** 200 % 3 ** 50)
print(divmod(2 ** 200, 3 ** 50))
print(math.factorial(25) // math.factorial(20))
print(math.comb(100, 50))
print(math.prod(range(1, 31)))
print(sum(range(10 ** 15, 10 ** 15 + 10)))
print(math.gcd(2 ** 100, 6 ** 40))
print(math.isqrt(10 ** 60))
