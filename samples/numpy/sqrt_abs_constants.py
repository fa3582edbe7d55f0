# The few ufuncs and constants of the subset: np.sqrt and np.abs on arrays and scalars,
# np.pi / np.e / np.inf / np.nan, astype between dtypes and dtype comparisons.
import numpy as np

x = np.array([1.0, 2.0, 9.0, 0.25])
print(np.sqrt(x), repr(np.sqrt(16)), np.sqrt(np.arange(5)))
print(np.abs(np.array([-3, 4, -5])), np.absolute(np.array([-1.5, 2.0])))
print(np.pi, np.e, np.inf, -np.inf, np.nan)
print(np.array([0.0, np.pi / 2, np.pi]))
f = np.array([1.7, -2.7, 3.2])
print(f.astype(int), f.astype(bool), np.arange(3).astype(float))
print(f.dtype == np.float64, f.dtype == float, np.arange(2).dtype == np.int64, f.dtype)
print(np.array([1, 2], dtype=np.float64), np.zeros(2, dtype=bool), np.array([0, 3, 0], dtype=bool))
