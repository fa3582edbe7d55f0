# numpy's errors for arrays that do not fit: shapes that cannot broadcast, indices out of
# range, too many indices, an array's ambiguous truth value, integers to negative powers.
import numpy as np

a = np.arange(3)
attempts = [
    lambda: a + np.arange(4),
    lambda: a[5],
    lambda: a[0, 1],
    lambda: bool(a > 0),
    lambda: a ** -1,
    lambda: np.arange(6).reshape(4, 2),
    lambda: len(np.float64(1.0) * a[0]),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
print(bool(np.array([5])), bool(a[1]))
