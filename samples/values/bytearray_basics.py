# bytearray: a mutable bytes with list-like methods
ba = bytearray(b"hello")
ba[0] = 74
ba += b"!"
ba.append(63)
ba.extend(b"..")
print(ba, ba[0], ba.pop(), len(ba), bytes(ba))
print(bytearray(b"xy") + b"abc", b"abc" + bytearray(b"z"), bytearray(3), bytearray([65, 66]))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
