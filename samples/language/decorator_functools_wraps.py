# functools.wraps copies __name__, __doc__ and sets __wrapped__
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def unwrapped(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


@unwrapped
def volume(w, h, d):
    """Volume of a box."""
    return w * h * d


print(area(2, 3), area.__name__, area.__doc__, area.__wrapped__(4, 5))
print(volume(1, 2, 3), volume.__name__, volume.__doc__)
