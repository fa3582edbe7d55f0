# Elementwise arithmetic with scalars and same-shape arrays, numpy's type promotion
# (int64 / int -> float64, int64 op float -> float64), Python's floor semantics for // and %,
# and comparisons giving boolean arrays.
import numpy as np

a = np.array([-7, -2, 0, 3, 8])
b = np.array([2, 3, 5, 2, 3])
print(a + 1, a - b, a * 3, a * 0.5)
print(a / b)
print(a // b, a % b)
print(a ** 2, 2 ** b, -a, abs(a))
f = np.array([-7.5, 2.25, 0.0, 3.0])
print(f // 2, f % 2, f ** 2, 1 / (f + 10))
print(a > 0, a == b, f <= 2.25)
print((a > 0) + (b > 2), (a > 0) * (b > 2))
m = np.arange(6).reshape(2, 3)
print(m * 10 + 1)
print(m + np.array([100, 200, 300]))
print(m.dtype, (m / 2).dtype, (m > 2).dtype)
print(10 - m, 1.5 * m)
