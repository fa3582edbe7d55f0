# A decorator that keeps the wrapped function's name (functools.wraps)
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper

@logged
def add(a, b):
    return a + b

print(add(2, 3))
print(add.__name__)
