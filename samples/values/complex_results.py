# operations whose result is a complex number: fractional powers of negatives, complex literals
print((-8) ** (1 / 3), pow(-8, 0.5), (-4) ** 0.5)
print(1j, 2 + 3j, (1 + 2j) * (3 - 1j), abs(3 + 4j), complex(1, -2))
print(1j < 2j if False else "skip", 1j == 1j)
