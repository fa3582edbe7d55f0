# deque.rotate to the right and to the left (collections.deque)
from collections import deque

d = deque("abcde")
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count("a"), d.index("c"))
