# Indexing and slicing: integer indices give numpy scalars, slices give views that share the
# data (writing through one changes the original), a boolean mask gives a copy, assignment to
# elements, slices and masks, and iteration over 1-D and 2-D arrays.
import numpy as np

a = np.arange(10)
print(a[3], a[-1], a[2:5], a[::3], a[::-2], a[8:2:-2])
view = a[2:6]
view[0] = 99
view[1:] = 0
print(a, view, len(view))
m = np.arange(12).reshape(3, 4)
print(m[1], m[1, 2], m[-1, -1], m[:, 1], m[1:, ::2])
m[0] = -1
m[:, 3] = 50
print(m)
print(m.T, m.T.shape)
f = np.linspace(0, 1, 6)
print(f[f > 0.5], a[a % 3 == 0])
f[f < 0.3] = 0
print(f)
for row in m:
    print(row, row.sum())
for x in np.array([1.5, 2.5]):
    print(x, repr(x))
c = a.copy()
c[0] = 1000
print(a[0], c[0], a.tolist()[:3], m.tolist())
print(np.arange(6).reshape(2, 3).flatten(), m.shape, m.size, m.ndim)
