# //, % and divmod on big ints, with negative operands
n = 10 ** 30 + 7
print(n // 3, n % 3, divmod(n, -7), divmod(-n, 13), -n // 10 ** 15, -n % 10 ** 15)
print(int("9" * 40) + 1, int("-" + "1" * 25) * 3, str(10 ** 25)[::-1])
