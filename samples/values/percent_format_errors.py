# %-formatting errors and their CPython messages
cases = [
    ("%d", "x"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%z", 1),
    ("%(a)s", (1,)),
    ("%(a)s", {"b": 1}),
    ("%c", "ab"),
    ("%c", 2 ** 30),
    ("%x", 1.5),
    ("%f", "1.5"),
    ("%s %s", [1, 2]),
    ("abc", 5),
    ("%", ()),
    ("%*d", ("a", 1)),
    ("%i", None),
    ("%o", 3.0),
    ("%.2f", None),
]
for fmt, arg in cases:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % {"a": 1}, "%(a)s" % {"a": 1})
print("no args" % {})
print("%s" % ((1, 2),))
