# enum.auto values, methods and properties on an Enum, members as dict keys, aliases
from enum import Enum, auto


class Planet(Enum):
    MERCURY = auto()
    VENUS = auto()
    EARTH = auto()
    HOME = 3

    def describe(self):
        return f"{self.name.title()} #{self.value}"

    @property
    def inner(self):
        return self.value < 3


print([p.value for p in Planet], Planet.HOME is Planet.EARTH, Planet.HOME.name)
print(Planet.VENUS.describe(), Planet.EARTH.inner, {Planet.MERCURY: "hot"}[Planet.MERCURY])
