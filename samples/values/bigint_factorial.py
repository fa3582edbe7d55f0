# factorials and powers grow without bound
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 100, 2 ** 100 - 1, -(2 ** 100))
print(len(str(3 ** 1000)))
