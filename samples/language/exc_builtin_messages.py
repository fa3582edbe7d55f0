# CPython's exact messages for common builtin errors
def attempts():
    yield lambda: 1 / 0
    yield lambda: 5 % 0
    yield lambda: int("x1")
    yield lambda: [1, 2][5]
    yield lambda: (1,)[-3]
    yield lambda: {"a": 1}["b"]
    yield lambda: None.attr
    yield lambda: 1 + "a"
    yield lambda: "a" * "b"
    yield lambda: len(5)
    yield lambda: undefined_name
    yield lambda: [].pop()
    yield lambda: {}.popitem()
    yield lambda: "abc".index("z")
    yield lambda: [1].index(9)
    yield lambda: float("nope")
    yield lambda: int(None)
    yield lambda: next(iter([]))
    yield lambda: "x"[3]
    yield lambda: (1, 2)[0:1][1]
    yield lambda: sorted([1, "a"])
    yield lambda: hash([])
    yield lambda: 2 ** -1 // 0


for attempt in attempts():
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__ + ":", error)
