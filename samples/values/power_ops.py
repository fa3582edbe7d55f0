# ** for ints (exact), negative exponents (float), floats, and pow with a modulus
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 2 ** 0.5, 10 ** 20, 0 ** 0)
print(1.5 ** 2, 2.0 ** 100, 9 ** 0.5, (-8) ** 3, 1.1 ** 10, 3 ** 40)
print(pow(3, 4, 5), pow(2, 100, 97), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 10))
