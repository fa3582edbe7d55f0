# set.add / discard / remove leave dummies that later adds reuse, as CPython's table does
s = {0, 8, 16}
s.remove(0)
s.remove(8)
s.add(24)
s.add(1)
print(s)
s.discard(99)
s.discard(16)
print(s, len(s))
