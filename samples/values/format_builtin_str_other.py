# format() of strings, None, bools, containers and the errors for bad specs
print(repr(format("abc", "")), repr(format("abc", "10")), repr(format("abc", ">10")), repr(format("abc", "^10")))
print(repr(format("abc", "*<7")), repr(format("abc", ".2")), repr(format("abcdef", "^5.3")), repr(format("abc", "s")))
print(repr(format("日本", "^6")), repr(format("😀", "*>3")))
print(format(None), format([1, 2]), format((1,)), format({"a": 1}))
print(repr(format(None, "")), repr(format(True, "")), repr(format(True, "s") if False else "skip"))
for value, spec in [(None, "10"), ([1], "5"), ("a", "d"), (1.5, "d"), (1, "s"), ("x", "=5"), (3, "^^5"), (2.0, "c"), (True, "s")]:
    try:
        print(repr(format(value, spec)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(f"{'x':>{3}}"), repr(f"{3.14159:{'.3f'}}"))
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(format(C(), "abc"), f"{C():xyz}", "{:q}".format(C()))
