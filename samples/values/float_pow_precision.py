# float ** float is correctly rounded like glibc's pow
for x, y in [(1.1, 2.5), (2.7, 3.3), (0.3, 7.0), (10.0, -3.5), (1.0001, 10000.0), (7.0, 1 / 3), (123.456, 0.25)]:
    print(x ** y)
