# enum.Enum: members, aliases, auto(), lookup by value, iteration, repr/str/name/value, a bad value's ValueError
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color.CRIMSON is Color.RED)
print(list(Color), [c.name for c in Color], isinstance(Color.GREEN, Color))
try:
    Color(9)
except ValueError as e:
    print(e)
