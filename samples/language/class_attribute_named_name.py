# class attributes called `name` or `length` are ordinary Python attributes, not JS's Function.name/length
class Color:
    name = "red"
    length = 3

    def show(self):
        return f"{self.name}/{self.length}"


class Shade(Color):
    name = "dark red"


c = Color()
print(Color.name, Color.length, c.show(), Shade().show())
print(Color.__name__, Shade.__name__, type(c).__name__, Color, Shade)
c.name = "blue"
print(c.name, Color.name, c.show(), repr(c).startswith("<__main__.Color object"))
print(Shade.__mro__)


class Mixed(Shade, Color):
    pass


print(Mixed.name, Mixed.length, Mixed().show(), Mixed.__name__, Mixed)


class Field:
    """A field with a name."""

    name = "id"

    def __init__(self, length):
        self.length = length


f = Field(12)
print(f.name, f.length, Field.__name__, Field.name)
