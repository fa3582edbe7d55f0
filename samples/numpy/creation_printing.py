# Creating arrays and printing them as numpy does: str and repr, floats trimmed to the shortest
# digits, scientific notation when magnitudes differ widely, wrapping at 75 columns, "..." over
# 1000 elements, and 2-D layout.
import numpy as np

print(np.array([1, 2, 3]))
print(repr(np.array([1.0, 2.5, -3.25])))
print(np.zeros(3), np.ones((2, 2), dtype=int))
print(np.arange(5), np.arange(1, 2, 0.25))
print(np.linspace(0, 1, 7))
print(np.array([True, False, True]))
print(np.array([0.001, 1000.0]), np.array([1e-5, 1.0]))
print(np.array([1.5, np.nan, -np.inf]))
print(np.arange(40) * 1.5)
print(repr(np.arange(30) / 7))
print(np.arange(3000))
print(repr(np.arange(1500) / 4))
print(np.arange(12).reshape(3, 4))
print(repr(np.array([[1.5, 2.0], [-3.0, 4.25]])))
print(repr(np.array([])), repr(np.zeros((2, 0))))
print(np.full(3, 7), np.pi)
