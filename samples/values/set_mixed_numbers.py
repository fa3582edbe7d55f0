# sets mixing ints, floats and bools: equal numbers are one member, the first one kept
s = set()
for v in [1, 1.0, True, 2.5, 0, False, 0.0, -3, 2**70, 1e20]:
    s.add(v)
print(s, len(s))
