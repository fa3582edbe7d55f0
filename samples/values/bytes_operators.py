# bytes operators: concatenation, repetition, indexing gives ints, slicing, comparison, errors
a = b"abc"
print(a + b"def", a * 3, 2 * a, a * 0, a * -1)
print(a[0], a[-1], a[1:], a[::-1], a[::2], a[5:], a[-10:2])
print(list(a), tuple(b"\x00\xff"), [x for x in b"hi"])
print(a == b"abc", a != b"abd", a < b"abd", a < b"ab", b"" < a, a == "abc")
print(len(a), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"))
ba = b"hello"
ba += b"!"
ba *= 2
print(ba, ba[0], len(ba), bytes(ba), bytes(ba) is ba)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
print(b"ab" in a, b"" in a, 99 in a, 300 in b"x" if False else "skip")
for op in [lambda: a + "x", lambda: a * 1.5, lambda: a[10], lambda: bytes([256]), lambda: bytes(-1), lambda: a + 1, lambda: bytes("x")]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
