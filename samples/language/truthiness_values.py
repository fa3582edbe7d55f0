# truth values of builtin objects, and and/or returning an operand rather than a bool
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 0}, set(), None, True, False, range(0), range(2)]
for value in values:
    print(repr(value), bool(value), "truthy" if value else "falsy")
print(0 or "default", "set" or "default", [] and "x", [1] and "x", None or 0 or "")
print(not 0, not "x", not not [])
