# arithmetic crossing 2**53 and 2**63 stays exact (small ints promote to big and back)
m = 2 ** 53 - 1
print(m + 1, m + 2, m * 2, m * m, -m - 2, (m + 2) - 2, (m + 10) - 10 == m, type(m + 2 - 2).__name__)
a = 9007199254740991
b = a
for i in range(5):
    b += 1
print(b, b - 5 == a, b * 3, b // 2, b % 1000, -b // 7, b ** 2)
x = 3037000499
print(x * x, x * x + x, (x + 1) * (x + 1), 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64 - 1)
print(4611686018427387904 * 2, 4611686018427387904 * 4 // 8, 123456789 * 987654321, 99999999999 * 99999999999)
print(sum([m] * 10), sum(range(2 ** 50, 2 ** 50 + 100)), max(m + 1, m), min(-m - 2, -m))
print(abs(-(m + 2)), -(m + 2) < -m, m + 2 > m, m + 1 == 2 ** 53, hash(m + 2) == hash(2 ** 53 + 1))
print((m + 2) // (m + 2), (m + 2) % (m + 1), 10 ** 16 + 1, 10 ** 16 + 1 - 10 ** 16)
print(int("9007199254740993"), str(9007199254740993), f"{9007199254740993:,}", 9007199254740993 & 1)
fib = [0, 1]
for i in range(120):
    fib.append(fib[-1] + fib[-2])
print(fib[78], fib[79], fib[80], fib[100], fib[121])
print(fib[121] // fib[120], fib[121] % fib[119], fib[100] * fib[90] - fib[95] ** 2)
