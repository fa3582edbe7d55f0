# default repr/str of instances, classes, functions and builtins (addresses are masked)
import re
def mask(s):
    return re.sub(r"0x[0-9a-f]+", "0x…", s)
class C:
    pass
class D:
    def __repr__(self):
        return "D()"
class E:
    def __str__(self):
        return "E-str"
c = C()
print(mask(repr(c)), mask(str(c)), mask(str([c])))
print(repr(D()), str(D()), [D()], f"{D()}", f"{D()!r}", "%s %r" % (D(), D()))
print(mask(repr(E())), str(E()), mask(str([E()])), f"{E()}", mask(f"{E()!r}"))
print(C, D, repr(C), str(int), int, type(c), type(1.5), type(None))
def f():
    pass
print(mask(repr(f)))
print(repr(None), repr(True), repr(NotImplemented))
print(mask(repr(lambda: 0)).replace("<lambda>", "L"))
print(C.__name__, c.__class__.__name__, type(c).__qualname__, D.__module__)
