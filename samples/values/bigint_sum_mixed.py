# sums crossing 2**53 switch to exact arithmetic seamlessly
total = 0
for i in range(100):
    total += 2 ** 52 + i
print(total, total // 100, total * total, (total * total) >> 60, total & 0xFFFF, total | 1, total ^ total)
print(2 ** 53 + 1, 2 ** 53 + 1.0, (2 ** 53 + 1) * 1.0)
