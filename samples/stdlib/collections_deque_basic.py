# deque appends and pops at both ends (collections.deque)
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft())
print(d, len(d), d[0], d[-1])
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
