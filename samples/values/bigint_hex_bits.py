# hex/oct/bin, bit operations and shifts on big ints
n = 2 ** 100 - 1
print(hex(n), oct(n))
print(bin(2 ** 70))
print(hex(-(2 ** 80)))
print(n.bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
print(1 << 100, (1 << 100) >> 99)
print(-(1 << 100) >> 3)
print(-1 >> 100, -5 >> 1)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(~(2 ** 100), -(2 ** 100) & 0xFF, -(2 ** 100) | 5)
print(format(2 ** 100, "x"), format(2 ** 100, "#_x"), format(2 ** 100, ","))
print(f"{2 ** 90:_d}", f"{-(2**70):>40}")
print((255).to_bytes(2, "big"), int.from_bytes(b"\xff" * 12, "big"))
print((2 ** 64).to_bytes(9, "little"))
print(int.from_bytes(b"\x80" + b"\x00" * 10, "big", signed=True))
print(bin(1 << 64 | 1).count("1"))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
