# function docstrings and attributes: __doc__, __name__, __qualname__, attributes set on functions
def documented(x):
    """Return x unchanged.

    Longer description.
    """
    return x


def plain():
    return None


class Holder:
    def method(self):
        """A method."""


documented.calls = 3
print(repr(documented.__doc__))
print(plain.__doc__, documented.__name__, Holder.method.__qualname__, Holder.method.__doc__, documented.calls)
