# enum.Enum: members, name and value, repr and str, lookup by value and by name, iteration, identity
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], Color(1) is Color.RED, list(Color))
print(len(Color), Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED == 1, Color.RED == Color.RED, [c.name for c in Color])
try:
    Color(7)
except ValueError as error:
    print(error)
