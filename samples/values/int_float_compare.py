# ints and floats compare by exact value, even beyond 2**53
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**20 == 1e20, 0.1 + 0.2 == 0.3)
print(1 < 1.5 < 2, -1 < -0.5, max(1, 1.0), max(1.0, 1), min(3, 2.5), sorted([3, 1.5, 2, 0.5]))
