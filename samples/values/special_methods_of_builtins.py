# Builtin values and plain classes have CPython's special methods: hasattr(x, "__iter__"), int.__add__(1, 2), obj.__eq__ identity, C.__lt__ giving NotImplemented
class C:
    pass


c = C()
print(hasattr(C, "__lt__"), hasattr(c, "__eq__"), hasattr(c, "__init__"), hasattr(c, "__repr__"), hasattr(c, "__hash__"))
print([hasattr(x, "__iter__") for x in ([], (), {}, set(), "s", b"b", range(3), 5, 2.5, None, c)])
print([hasattr(x, "__len__") for x in ([], "s", 5)], hasattr(3, "__add__"), hasattr(3.0, "__and__"), hasattr(None, "__bool__"))
print(C.__lt__(c, c), c.__eq__(c), c.__eq__(C()), c.__ne__(5), C.__eq__(c, c))
print(int.__add__(1, 2), (5).__mul__(3), (5).__radd__(1), (1).__add__("x"), "ab".__add__("c"), [1].__len__())
print((3).__lt__(4), (3).__lt__("a"), "a".__contains__("a"), {1: 2}.__getitem__(1), [1, 2, 3].__iter__().__next__())
print(callable(getattr(c, "__str__")), c.__str__() == repr(c), c.__format__("") == str(c))
print(hasattr(C, "__iter__"), hasattr(C(), "__len__"), hasattr(C, "__call__"), hasattr(len, "__call__"), hasattr(c, "__call__"))
print(sorted(n for n in ("__lt__", "__iter__", "__getitem__", "__neg__", "__round__") if hasattr(7, n)))
