# unsupported operand types: CPython's TypeError messages for binary and unary operators
vals = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, b"b", True]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("@", lambda a, b: a @ b)]
for a, b in [(1, "s"), ("s", 1), (1.5, None), ([1], (1,)), (None, None), ({1}, [1]), (b"b", "s"), (1.5, 2), ({1: 2}, {1}), ("s", "t")]:
    for name, f in ops:
        try:
            r = f(a, b)
            print(repr(a), name, repr(b), "=", repr(r))
        except TypeError as e:
            print(type(e).__name__, e)
for v in ["s", [1], None, {}, 1.5]:
    for name, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
        try:
            print(name, repr(v), f(v))
        except TypeError as e:
            print(type(e).__name__, e)
