# float repr and str: shortest round-trip digits and exponent switch points
vals = [1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 0.1 + 0.2, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 1e22, 1e23, 9007199254740993.0, 0.3, 2 / 3, 1 / 3, 100.0, 1e100, -1e-100,
        123e-20, 1.0e-16, 12345678901234567890.0, 0.5e-6, 3.0e15, float(2 ** 63)]
for v in vals:
    print(v, repr(v), str(v), [v], (v,))
print(0.1 * 3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1, 4.35 * 100)
print(float("inf"), -float("inf"), float("nan"), [float("inf"), float("nan")])
print(-0.0, 0.0 * -1, abs(-0.0), [-0.0])
print(1e308 * 10, -1e308 * 10)
print(2.0 ** 0.5, 10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
