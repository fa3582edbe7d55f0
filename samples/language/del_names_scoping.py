# del of names, tuples of targets and slices; reading an unbound name raises NameError / UnboundLocalError
numbers = list(range(12))
del numbers[1:3], numbers[-2:]
print(numbers)
del numbers[::3]
print(numbers)
first, second = "a", "b"
del first, second
try:
    print(first)
except NameError as error:
    print(error)
try:
    del second
except NameError as error:
    print("del again:", error)
total = 5
del total
total = 6
print("rebound", total)


def local_del(flag):
    value = "set"
    if flag:
        del value
    try:
        return value
    except UnboundLocalError as error:
        return f"{type(error).__name__}: {error}"


print(local_del(False))
print(local_del(True))


def loop_then_read(items):
    for item in items:
        pass
    try:
        return item
    except UnboundLocalError as error:
        return str(error)


print(loop_then_read([1, 2, 3]), "|", loop_then_read([]))


def handler_scope():
    error = "outer"
    try:
        1 / 0
    except ZeroDivisionError as error:
        print("in handler:", error)
    try:
        return error
    except UnboundLocalError as unbound:
        return str(unbound)


print(handler_scope())


class Box:
    def __init__(self):
        self.a = 1
        self.b = 2


box = Box()
del box.a
print(hasattr(box, "a"), box.b)
try:
    del box.a
except AttributeError as error:
    print("AttributeError:", error)
