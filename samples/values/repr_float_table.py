# float repr: shortest round-trip digits, exponent form outside [1e-4, 1e16)
for x in [0.1, 1.0, -0.0, 1e16, 1e15, 123456789012345.6, 0.0001, 0.00001, 1e-7, 2.5e-300, 1.7976931348623157e308, 5e-324, 1/3, 2/3, 100.0, 1e22, float("inf"), -float("inf"), float("nan")]:
    print(repr(x), str(x))
