# abs, hex, oct, bin for positive, negative and big ints
print(abs(-5), abs(5.5), abs(-0.0), abs(-(2**70)))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(2**64), bin(0))
print(int(hex(12345), 16), int(bin(99), 2))
