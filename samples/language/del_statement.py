# del of a name, list items and slices, dict keys, attributes; reading a deleted name raises NameError
x = 10
del x
try:
    print(x)
except NameError as error:
    print(error)
items = list(range(10))
del items[0]
del items[-1]
del items[2:4]
del items[::2]
print(items)
table = {"a": 1, "b": 2}
del table["a"]
print(table)
try:
    del table["zzz"]
except KeyError as error:
    print("KeyError", error)


class Thing:
    pass


t = Thing()
t.attr = 5
del t.attr
print(hasattr(t, "attr"))
a, b = 1, 2
del a, b
