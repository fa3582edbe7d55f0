# round(): banker's rounding for halves, ndigits for floats and ints
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(123.456, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(7.0), round(7.0, 0), round(-0.4), type(round(2.5)), type(round(2.5, 1)))
