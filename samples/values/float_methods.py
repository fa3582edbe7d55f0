# float methods and integer conversions
x = 2.5
print(x.is_integer(), 3.0.is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio(), int(2.5e20), float(10**20), (7.0).hex() if False else 7.0 // 2)
