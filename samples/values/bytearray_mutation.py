# bytearray in place: item and slice assignment, deletion, list-like methods, += and *=, errors
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[-1] = 68
ba[6:11] = b"there"
print(ba, len(ba))
ba[0:0] = b">> "
ba[3:8] = [104, 105]
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[::3]
print(ba, ba[1], ba[-2:], ba[::-1])
ba = bytearray(b"abc")
ba.insert(0, 122)
ba.insert(-1, 121)
ba.insert(100, 120)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("b"))
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
alias = ba
ba += b"12"
ba *= 2
print(ba, alias is ba, ba * 2, 2 * bytearray(b"ab"), ba.clear(), ba)
for bad in (lambda: ba.pop(), lambda: bytearray(b"ab").pop(5), lambda: bytearray(b"ab").remove(99), lambda: bytearray(b"ab")[5],
            lambda: bytearray(b"ab").__setitem__(5, 1), lambda: bytearray(b"ab").append(256), lambda: bytearray(b"ab").append("a"),
            lambda: bytearray(b"ab").extend(5), lambda: bytearray(b"ab").extend([1, 300]), lambda: bytearray(b"ab") + 1,
            lambda: bytearray(b"ab").__setitem__(slice(0, 2), 5), lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"xyz"),
            lambda: hash(bytearray(b"a")), lambda: {bytearray(b"a"): 1}, lambda: bytearray(b"a") < 1, lambda: bytearray(b"ab")["x"]):
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
