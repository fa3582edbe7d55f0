# unpacking errors: too many, not enough, not iterable, with a starred target
cases = [[1, 2, 3], [1], 5]
for value in cases:
    try:
        a, b = value
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
try:
    a, b, *c = [1]
except ValueError as error:
    print(error)
try:
    a, b = "abc"
except ValueError as error:
    print(error)
