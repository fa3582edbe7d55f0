# / always gives a float; // and % floor toward negative infinity, for ints and floats
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (-0.0, 1.0), (5, 0.5)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
