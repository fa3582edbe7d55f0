# a plain decorator wrapping a function, applied with @ and by hand
def trace(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        result = fn(*args)
        print("returned", result)
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


sub = trace(sub)
add(1, 2)
sub(5, 3)
print(add.__name__, sub.__name__)
