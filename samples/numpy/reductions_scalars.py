# Reductions and numpy's scalar types: sums and means of int and float arrays, min/max and
# argmin/argmax, reductions along an axis, np.dot, and how np.float64 / np.int64 print
# (repr shows the type in numpy 2, str and print do not).
import numpy as np

ints = np.array([4, 1, 7, 3])
floats = np.array([0.1, 0.2, 0.3, 0.4])
print(np.sum(ints), ints.sum(), repr(np.sum(ints)))
print(np.sum(floats), repr(floats.sum()), repr(np.mean(ints)), repr(floats.mean()))
print(ints.min(), ints.max(), repr(np.argmax(ints)), np.argmin(floats))
print(repr(ints[0]), str(ints[0]), repr(floats[2]), str(floats[2]))
print(np.dot(ints, ints), np.dot(np.array([1.5, 2.0]), np.array([2.0, 4.0])))
m = np.arange(1, 7).reshape(2, 3)
print(m.sum(axis=0), m.sum(axis=1), np.mean(m, axis=0), m.max(axis=1))
print(repr(np.array([True, False, True]).sum()), (ints > 2).all(), (ints > 2).any())
x = np.float64(2.5)
print(x, repr(x), x * 2, f"{x:.3f}", float(x) + 1)
n = np.int64(41)
print(n + 1, repr(n + 1), repr(n * 0.5), f"{n:05d}", int(n), list(range(np.int64(3))))
print([np.float64(1.25), np.int64(2)], {"total": np.sum(ints)})
print(sum(np.array([1.5, 2.5])), sum(ints))
